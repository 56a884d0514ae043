package org.salus.assistant.rag;

import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
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
        Turn turn = new Turn(question.language(), evidence, verifier, onSentence);
        CompletableFuture<Void> done = new CompletableFuture<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            ChatRequest request = ChatRequest.builder()
                    .messages(GroundedPrompt.system(question.language(), canary), GroundedPrompt.user(question.text(), evidence, parser.corpusFilter()))
                    .build();
            // Some clients deliver the whole stream before chat() returns; a thread of its own keeps the budget honest.
            Thread.ofVirtual().start(() -> {
                try {
                    model.chat(request, handler(turn, done));
                } catch (RuntimeException e) {
                    done.completeExceptionally(e);
                }
            });
            // The budget counts from the request, also when the client spends part of it before returning.
            done.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            turn.finish();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return note(turn.close(), "the language model stream was interrupted");
        } catch (Exception e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return note(turn.close(), "the language model failed (" + cause.getClass().getSimpleName() + ")");
        }
        List<AnswerSentence> emitted = turn.close();
        String text = turn.text();
        if (emitted.isEmpty()) {
            Draft parsed = parser.fromText(text, question.language());
            return new Draft(List.of(), provider, modelName, parsed.notes().isEmpty()
                    ? List.of("no sentence of the language model's answer was supported by the passages") : parsed.notes());
        }
        Draft draft = new Draft(emitted, provider, modelName, List.of());
        if (text.contains(canary)) {
            draft = draft.withNote("the rest of the language model output was withheld by the output policy");
        }
        return turn.dropped() == 0 ? draft : draft.withNote(turn.dropped() + " unsupported sentence(s) removed");
    }

    private static StreamingChatResponseHandler handler(Turn turn, CompletableFuture<Void> done) {
        return new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
                if (!turn.append(partial.text())) {
                    context.streamingHandle().cancel();
                    done.complete(null);
                }
            }

            @Override
            public void onPartialResponse(String partial) {
                if (!turn.append(partial)) {
                    done.complete(null);
                }
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                done.complete(null);
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }
        };
    }

    private Draft note(List<AnswerSentence> emitted, String note) {
        return new Draft(emitted, provider, modelName, List.of(note));
    }

    /**
     * One streamed answer: the text so far, how much of it has been judged, and the sentences let through. Once
     * closed (the composer returned) it ignores late pieces and never calls the listener again.
     */
    private final class Turn {
        private final String language;
        private final Evidence evidence;
        private final AnswerVerifier verifier;
        private final Consumer<AnswerSentence> onSentence;
        private final StringBuilder buffer = new StringBuilder();
        private final List<AnswerSentence> emitted = new ArrayList<>();
        private int judged;
        private int dropped;
        private boolean closed;

        Turn(String language, Evidence evidence, AnswerVerifier verifier, Consumer<AnswerSentence> onSentence) {
            this.language = language;
            this.evidence = evidence;
            this.verifier = verifier;
            this.onSentence = onSentence;
        }

        /** Adds a piece and passes on the sentences it completes; false once nothing more is wanted. */
        synchronized boolean append(String piece) {
            if (closed || piece == null) {
                return !closed;
            }
            buffer.append(piece);
            return drain(false);
        }

        synchronized void finish() {
            drain(true);
        }

        private boolean drain(boolean last) {
            if (withheld()) {
                return false;
            }
            String pending = buffer.substring(judged);
            int settled = last ? pending.length() : CitedText.settled(pending, language);
            for (AnswerSentence s : CitedText.parse(pending.substring(0, settled), language)) {
                if (verifier.supported(s, evidence)) {
                    emitted.add(s);
                    onSentence.accept(s);
                } else {
                    dropped++;
                }
            }
            judged += settled;
            return true;
        }

        private boolean withheld() {
            return buffer.indexOf(canary) >= 0 || buffer.toString().strip().startsWith(GroundedPrompt.NO_INFORMATION);
        }

        synchronized List<AnswerSentence> close() {
            closed = true;
            return List.copyOf(emitted);
        }

        synchronized String text() {
            return buffer.toString();
        }

        synchronized int dropped() {
            return dropped;
        }
    }
}
