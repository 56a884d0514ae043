package org.salus.assistant.modes;

import dev.langchain4j.model.chat.ChatModel;
import java.util.List;
import java.util.Optional;
import org.salus.assistant.rag.Terms;

/**
 * Splits a question into the sub-questions Thinking mode answers one by one: with the configured LLM when there is
 * one, and with {@link RuleDecomposer} when there is none, the model fails, or its plan adds words the user did not use.
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
                if (!parts.isEmpty() && parts.stream().allMatch(p -> onlyAsked(p, question, language))) {
                    return new Plan(parts, "llm");
                }
            } catch (RuntimeException e) {
                // The rules below plan instead.
            }
        }
        return new Plan(RuleDecomposer.split(question, language), "rules");
    }

    /**
     * Whether a planned sub-question uses only topic words of the user's question, so a model cannot slip its own
     * claims or instructions into the section headings.
     */
    static boolean onlyAsked(String part, String question, String language) {
        var asked = Terms.of(question, language);
        return Terms.distinctive(Terms.of(part, language)).stream().allMatch(asked::contains);
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
