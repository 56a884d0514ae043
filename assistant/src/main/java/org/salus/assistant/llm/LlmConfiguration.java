package org.salus.assistant.llm;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.anthropic.AnthropicStreamingChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the configured provider's LangChain4j chat models; with provider {@code none} there are none. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({LlmProperties.class, CircuitBreakerProperties.class})
class LlmConfiguration {

    @Bean
    LlmModels llmModels(LlmProperties p, CircuitBreakerProperties breaker, MeterRegistry meters) {
        LlmModels models = models(p, meters);
        if (models.chat() == null || !breaker.enabled()) {
            return models;
        }
        var circuit = ModelBreaker.breaker("llm-" + p.provider(), breaker);
        return new LlmModels(p, ModelBreaker.guard(models.chat(), circuit),
                models.streaming() == null ? null : ModelBreaker.guard(models.streaming(), circuit));
    }

    private static LlmModels models(LlmProperties p, MeterRegistry meters) {
        List<dev.langchain4j.model.chat.listener.ChatModelListener> listeners =
                List.of(new LlmMeters(meters, Objects.toString(p.provider(), "none")));
        return switch (p.provider()) {
            case "openai" -> new LlmModels(p,
                    OpenAiChatModel.builder().baseUrl(url(p, "http://localhost:8000/v1")).apiKey(key(p))
                            .modelName(model(p)).timeout(p.timeout()).temperature(p.temperature())
                            .maxTokens(p.maxTokens()).maxRetries(0).listeners(listeners).build(),
                    OpenAiStreamingChatModel.builder().baseUrl(url(p, "http://localhost:8000/v1")).apiKey(key(p))
                            .modelName(model(p)).timeout(p.timeout()).temperature(p.temperature())
                            .maxTokens(p.maxTokens()).listeners(listeners).build());
            case "ollama" -> new LlmModels(p,
                    OllamaChatModel.builder().baseUrl(url(p, "http://localhost:11434")).modelName(model(p))
                            .timeout(p.timeout()).temperature(p.temperature()).numPredict(p.maxTokens())
                            .maxRetries(0).listeners(listeners).build(),
                    OllamaStreamingChatModel.builder().baseUrl(url(p, "http://localhost:11434")).modelName(model(p))
                            .timeout(p.timeout()).temperature(p.temperature()).numPredict(p.maxTokens()).listeners(listeners).build());
            case "anthropic" -> new LlmModels(p,
                    AnthropicChatModel.builder().baseUrl(url(p, "https://api.anthropic.com/v1/")).apiKey(key(p))
                            .modelName(model(p)).timeout(p.timeout()).temperature(p.temperature())
                            .maxTokens(p.maxTokens()).maxRetries(0).listeners(listeners).build(),
                    AnthropicStreamingChatModel.builder().baseUrl(url(p, "https://api.anthropic.com/v1/")).apiKey(key(p))
                            .modelName(model(p)).timeout(p.timeout()).temperature(p.temperature())
                            .maxTokens(p.maxTokens()).listeners(listeners).build());
            default -> new LlmModels(p, null, null);
        };
    }

    private static String url(LlmProperties p, String fallback) {
        return Optional.ofNullable(p.baseUrl()).filter(s -> !s.isBlank()).orElse(fallback);
    }

    private static String key(LlmProperties p) {
        return Optional.ofNullable(p.apiKey()).filter(s -> !s.isBlank()).orElse("not-needed");
    }

    private static String model(LlmProperties p) {
        return Objects.requireNonNull(p.model(), "salus.llm.model must be set when salus.llm.provider is " + p.provider());
    }
}
