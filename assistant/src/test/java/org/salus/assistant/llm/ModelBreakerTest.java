package org.salus.assistant.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ModelBreakerTest {

    private static final ChatRequest REQUEST = ChatRequest.builder().messages(UserMessage.from("hi")).build();
    private static final CircuitBreakerProperties SETTINGS = new CircuitBreakerProperties(true, 50, 10, 3,
            Duration.ofMinutes(1), Duration.ofSeconds(10));

    @Test
    void stopsCallingAFailingModelAfterTheMinimumCalls() {
        AtomicInteger calls = new AtomicInteger();
        ChatModel failing = new ChatModel() {
            @Override
            public ChatResponse doChat(ChatRequest request) {
                calls.incrementAndGet();
                throw new IllegalStateException("provider down");
            }
        };
        ChatModel guarded = ModelBreaker.guard(failing, ModelBreaker.breaker("test", SETTINGS));
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> guarded.chat(REQUEST)).isInstanceOf(IllegalStateException.class);
        }
        long start = System.nanoTime();
        assertThatThrownBy(() -> guarded.chat(REQUEST)).isInstanceOf(CallNotPermittedException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(100));
        assertThat(calls).hasValue(3);
    }

    @Test
    void streamingFailuresOpenTheSameCircuit() {
        var breaker = ModelBreaker.breaker("test", SETTINGS);
        AtomicInteger calls = new AtomicInteger();
        StreamingChatModel failing = new StreamingChatModel() {
            @Override
            public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
                calls.incrementAndGet();
                handler.onError(new IllegalStateException("provider down"));
            }
        };
        StreamingChatModel guarded = ModelBreaker.guard(failing, breaker);
        AtomicReference<Throwable> last = new AtomicReference<>();
        StreamingChatResponseHandler handler = new StreamingChatResponseHandler() {
            @Override
            public void onCompleteResponse(ChatResponse response) {
            }

            @Override
            public void onError(Throwable error) {
                last.set(error);
            }
        };
        for (int i = 0; i < 4; i++) {
            guarded.chat(REQUEST, handler);
        }
        assertThat(calls).hasValue(3);
        assertThat(last.get()).isInstanceOf(CallNotPermittedException.class);
    }
}
