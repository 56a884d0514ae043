package org.salus.assistant.llm;

import dev.langchain4j.model.chat.listener.ChatModelErrorContext;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.listener.ChatModelRequestContext;
import dev.langchain4j.model.chat.listener.ChatModelResponseContext;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;

/**
 * Times every call to the LLM provider, whichever mode or stage made it, by provider and outcome; LangChain4j calls it
 * around each request, so no call site has to remember to.
 */
final class LlmMeters implements ChatModelListener {

    private static final String STARTED = LlmMeters.class.getName() + ".started";

    private final MeterRegistry registry;
    private final String provider;

    LlmMeters(MeterRegistry registry, String provider) {
        this.registry = registry;
        this.provider = provider;
    }

    @Override
    public void onRequest(ChatModelRequestContext request) {
        request.attributes().put(STARTED, System.nanoTime());
    }

    @Override
    public void onResponse(ChatModelResponseContext response) {
        record(response.attributes(), "ok");
    }

    @Override
    public void onError(ChatModelErrorContext error) {
        record(error.attributes(), "error");
    }

    private void record(Map<Object, Object> attributes, String outcome) {
        if (!(attributes.get(STARTED) instanceof Long started)) {
            return;
        }
        Timer.builder("salus.llm.latency").description("Time of one call to the LLM provider")
                .tag("provider", provider).tag("outcome", outcome).publishPercentileHistogram()
                .register(registry).record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
    }
}
