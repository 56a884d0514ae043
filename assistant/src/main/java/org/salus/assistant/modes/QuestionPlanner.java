package org.salus.assistant.modes;

import dev.langchain4j.model.chat.ChatModel;
import java.util.List;
import java.util.Optional;

/**
 * Splits a question into the sub-questions Thinking mode answers one by one: with the configured LLM when there is
 * one, and with {@link RuleDecomposer} when there is none or the model fails or answers nonsense.
 */
final class QuestionPlanner {

    private static final int MAX_CHARS = 200;

    private final Optional<ChatModel> model;

    QuestionPlanner(Optional<ChatModel> model) {
        this.model = model;
    }

    /** The sub-questions and who planned them ("llm" or "rules"). */
    Plan plan(String question, String language) {
        if (model.isPresent()) {
            try {
                List<String> parts = parse(model.get().chat("""
                        Split the health question between the <question> tags into its separate parts, one self-contained \
                        question per line, at most %d lines, nothing else. Replace pronouns by what they refer to. \
                        If it has only one part, repeat it. Write in the question's language.
                        <question>%s</question>""".formatted(RuleDecomposer.MAX_PARTS, question.replace("<", " "))));
                if (!parts.isEmpty()) {
                    return new Plan(parts, "llm");
                }
            } catch (RuntimeException e) {
                // The rules below plan instead.
            }
        }
        return new Plan(RuleDecomposer.split(question, language), "rules");
    }

    static List<String> parse(String text) {
        if (text == null) {
            return List.of();
        }
        List<String> parts = text.lines()
                .map(l -> l.replaceFirst("^\\s*(?:[-*•]|\\d+[.)])\\s*", "").strip())
                .filter(l -> l.length() >= 5 && l.length() <= MAX_CHARS)
                .toList();
        return parts.size() > RuleDecomposer.MAX_PARTS ? List.of() : parts;
    }

    record Plan(List<String> subQuestions, String planner) {}
}
