package org.salus.assistant.rag;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.List;

/**
 * Composes with the configured LLM from numbered passages. Any failure (error, timeout, empty or
 * uncited output, a leaked prompt) yields an empty draft with a note, so the pipeline falls back to the
 * extractive answer; it never throws.
 */
final class LlmComposer implements AnswerComposer {

    private final ChatModel model;
    private final String provider;
    private final String modelName;
    private final String canary;
    private final java.util.function.UnaryOperator<String> corpusFilter;

    LlmComposer(ChatModel model, String provider, String modelName, String canary) {
        this(model, provider, modelName, canary, java.util.function.UnaryOperator.identity());
    }

    LlmComposer(ChatModel model, String provider, String modelName, String canary,
                java.util.function.UnaryOperator<String> corpusFilter) {
        this.corpusFilter = corpusFilter;
        this.model = model;
        this.provider = provider;
        this.modelName = modelName;
        this.canary = canary;
    }

    @Override
    public Draft compose(Question question, Evidence evidence) {
        try {
            ChatResponse response = model.chat(ChatRequest.builder()
                    .messages(GroundedPrompt.system(question.language(), canary),
                            GroundedPrompt.user(question.text(), evidence, corpusFilter))
                    .build());
            String text = response == null || response.aiMessage() == null ? null : response.aiMessage().text();
            return fromText(text, question.language());
        } catch (RuntimeException e) {
            return failed("the language model failed (" + e.getClass().getSimpleName() + ")");
        }
    }

    java.util.function.UnaryOperator<String> corpusFilter() {
        return corpusFilter;
    }

    Draft fromText(String text, String language) {
        if (text == null || text.isBlank()) {
            return failed("the language model returned nothing usable");
        }
        if (text.contains(canary)) {
            return failed("the language model output was withheld by the output policy");
        }
        if (text.strip().startsWith(GroundedPrompt.NO_INFORMATION)) {
            return new Draft(List.of(), provider, modelName, List.of("the language model found no answer in the passages"));
        }
        return new Draft(CitedText.parse(text, language), provider, modelName, List.of());
    }

    private Draft failed(String note) {
        return new Draft(List.of(), provider, modelName, List.of(note));
    }
}
