package org.salus.assistant.rag;

import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Streams the LLM's answer, verifying each sentence as soon as it is complete, so only supported sentences
 * ever reach the user; errors and timeouts end the stream with what was verified so far.
 */
final class StreamingLlmComposer {

    private final StreamingChatModel model;
    private final LlmComposer parser;
    private final String provider;
    private final String modelName;
    private final String canary;
    private final Duration timeout;

    StreamingLlmComposer(StreamingChatModel model, LlmComposer parser, String provider, String modelName,
                         String canary, Duration timeout) {
        this.model = model;
        this.parser = parser;
        this.provider = provider;
        this.modelName = modelName;
        this.canary = canary;
        this.timeout = timeout;
    }

    Draft compose(Question question, Evidence evidence, AnswerVerifier verifier, Consumer<AnswerSentence> onSentence) {
        StringBuilder buffer = new StringBuilder();
        List<AnswerSentence> emitted = new ArrayList<>();
        int[] dropped = {0};
        int[] consumed = {0};
        CompletableFuture<String> done = new CompletableFuture<>();
        Consumer<Boolean> drain = last -> {
            synchronized (buffer) {
                if (buffer.indexOf(canary) >= 0 || buffer.toString().strip().startsWith(GroundedPrompt.NO_INFORMATION)) {
                    return;
                }
                List<AnswerSentence> sentences = CitedText.parse(buffer.toString(), question.language());
                int complete = last ? sentences.size() : Math.max(0, sentences.size() - 1);
                for (int i = consumed[0]; i < complete; i++) {
                    AnswerSentence s = sentences.get(i);
                    if (verifier.supported(s, evidence)) {
                        emitted.add(s);
                        onSentence.accept(s);
                    } else {
                        dropped[0]++;
                    }
                }
                consumed[0] = Math.max(consumed[0], complete);
            }
        };
        try {
            model.chat(ChatRequest.builder()
                    .messages(GroundedPrompt.system(question.language(), canary), GroundedPrompt.user(question.text(), evidence))
                    .build(), new StreamingChatResponseHandler() {
                @Override
                public void onPartialResponse(String partial) {
                    synchronized (buffer) {
                        buffer.append(partial);
                    }
                    drain.accept(false);
                }

                @Override
                public void onCompleteResponse(ChatResponse response) {
                    done.complete(buffer.toString());
                }

                @Override
                public void onError(Throwable error) {
                    done.completeExceptionally(error);
                }
            });
            done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            drain.accept(true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return note(emitted, "the language model stream was interrupted");
        } catch (Exception e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return note(emitted, "the language model failed (" + cause.getClass().getSimpleName() + ")");
        }
        String text;
        synchronized (buffer) {
            text = buffer.toString();
        }
        if (emitted.isEmpty()) {
            Draft parsed = parser.fromText(text, question.language());
            return new Draft(List.of(), provider, modelName, parsed.notes().isEmpty()
                    ? List.of("no sentence of the language model's answer was supported by the passages") : parsed.notes());
        }
        Draft draft = new Draft(emitted, provider, modelName, List.of());
        return dropped[0] == 0 ? draft : draft.withNote(dropped[0] + " unsupported sentence(s) removed");
    }

    private Draft note(List<AnswerSentence> emitted, String note) {
        return new Draft(emitted, provider, modelName, List.of(note));
    }
}
