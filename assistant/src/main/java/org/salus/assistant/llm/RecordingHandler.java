package org.salus.assistant.llm;

import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.CompleteToolCall;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.PartialThinking;
import dev.langchain4j.model.chat.response.PartialThinkingContext;
import dev.langchain4j.model.chat.response.PartialToolCall;
import dev.langchain4j.model.chat.response.PartialToolCallContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.util.concurrent.TimeUnit;

/** Passes a streamed reply through unchanged and tells the circuit breaker how the call ended and how long it took. */
final class RecordingHandler implements StreamingChatResponseHandler {

    private final StreamingChatResponseHandler handler;
    private final CircuitBreaker breaker;
    private final long start = System.nanoTime();

    RecordingHandler(StreamingChatResponseHandler handler, CircuitBreaker breaker) {
        this.handler = handler;
        this.breaker = breaker;
    }

    @Override
    public void onPartialResponse(String text) {
        handler.onPartialResponse(text);
    }

    @Override
    public void onPartialResponse(PartialResponse response, PartialResponseContext context) {
        handler.onPartialResponse(response, context);
    }

    @Override
    public void onPartialThinking(PartialThinking thinking) {
        handler.onPartialThinking(thinking);
    }

    @Override
    public void onPartialThinking(PartialThinking thinking, PartialThinkingContext context) {
        handler.onPartialThinking(thinking, context);
    }

    @Override
    public void onPartialToolCall(PartialToolCall call) {
        handler.onPartialToolCall(call);
    }

    @Override
    public void onPartialToolCall(PartialToolCall call, PartialToolCallContext context) {
        handler.onPartialToolCall(call, context);
    }

    @Override
    public void onCompleteToolCall(CompleteToolCall call) {
        handler.onCompleteToolCall(call);
    }

    @Override
    public void onUnmappedRawEvent(Object event) {
        handler.onUnmappedRawEvent(event);
    }

    @Override
    public void onCompleteResponse(ChatResponse response) {
        breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        handler.onCompleteResponse(response);
    }

    @Override
    public void onError(Throwable error) {
        breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, error);
        handler.onError(error);
    }
}
