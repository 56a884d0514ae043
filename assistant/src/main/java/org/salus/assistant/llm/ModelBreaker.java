package org.salus.assistant.llm;

import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.ChatRequestOptions;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.util.List;
import java.util.Set;

/**
 * Puts the configured models behind one circuit breaker: while it is open a call fails at once (the callers already
 * fall back to the extractive answer on failure) instead of waiting for the provider's timeout on every turn.
 */
final class ModelBreaker {

    private ModelBreaker() {
    }

    static CircuitBreaker breaker(String name, CircuitBreakerProperties p) {
        return CircuitBreaker.of(name, CircuitBreakerConfig.custom()
                .failureRateThreshold(p.failureRate())
                .slowCallRateThreshold(p.failureRate())
                .slowCallDurationThreshold(p.slowCall())
                .slidingWindowSize(p.window())
                .minimumNumberOfCalls(Math.min(p.minimumCalls(), p.window()))
                .waitDurationInOpenState(p.openFor())
                .permittedNumberOfCallsInHalfOpenState(1)
                .build());
    }

    static ChatModel guard(ChatModel model, CircuitBreaker breaker) {
        return new Guarded(model, breaker);
    }

    static StreamingChatModel guard(StreamingChatModel model, CircuitBreaker breaker) {
        return new GuardedStreaming(model, breaker);
    }

    private record Guarded(ChatModel model, CircuitBreaker breaker) implements ChatModel {

        @Override
        public ChatResponse chat(ChatRequest request) {
            return breaker.executeSupplier(() -> model.chat(request));
        }

        @Override
        public ChatResponse chat(ChatRequest request, ChatRequestOptions options) {
            return breaker.executeSupplier(() -> model.chat(request, options));
        }

        @Override
        public ChatRequestParameters defaultRequestParameters() {
            return model.defaultRequestParameters();
        }

        @Override
        public List<ChatModelListener> listeners() {
            return model.listeners();
        }

        @Override
        public ModelProvider provider() {
            return model.provider();
        }

        @Override
        public Set<Capability> supportedCapabilities() {
            return model.supportedCapabilities();
        }
    }

    private record GuardedStreaming(StreamingChatModel model, CircuitBreaker breaker) implements StreamingChatModel {

        @Override
        public void chat(ChatRequest request, dev.langchain4j.model.chat.response.StreamingChatResponseHandler handler) {
            if (!breaker.tryAcquirePermission()) {
                handler.onError(CallNotPermittedException.createCallNotPermittedException(breaker));
                return;
            }
            model.chat(request, new RecordingHandler(handler, breaker));
        }

        @Override
        public void chat(ChatRequest request, ChatRequestOptions options,
                         dev.langchain4j.model.chat.response.StreamingChatResponseHandler handler) {
            if (!breaker.tryAcquirePermission()) {
                handler.onError(CallNotPermittedException.createCallNotPermittedException(breaker));
                return;
            }
            model.chat(request, options, new RecordingHandler(handler, breaker));
        }

        @Override
        public ChatRequestParameters defaultRequestParameters() {
            return model.defaultRequestParameters();
        }

        @Override
        public List<ChatModelListener> listeners() {
            return model.listeners();
        }

        @Override
        public ModelProvider provider() {
            return model.provider();
        }

        @Override
        public Set<Capability> supportedCapabilities() {
            return model.supportedCapabilities();
        }
    }
}
