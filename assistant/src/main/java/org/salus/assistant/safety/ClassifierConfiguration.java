package org.salus.assistant.safety;

import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.util.Objects;
import java.util.Optional;
import org.salus.guardrails.decision.LlmSafetyClassifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the optional Llama Guard classifier from {@code salus.safety.classifier.*}; none unless configured. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClassifierProperties.class)
class ClassifierConfiguration {

    @Bean
    SafetyClassifier safetyClassifier(ClassifierProperties p) {
        return new SafetyClassifier(switch (p.provider()) {
            case "openai" -> Optional.of(new LlamaGuardClassifier(OpenAiChatModel.builder()
                    .baseUrl(Objects.requireNonNull(p.baseUrl(), "salus.safety.classifier.base-url"))
                    .apiKey(p.apiKey() == null ? "not-needed" : p.apiKey()).modelName(model(p))
                    .timeout(p.timeout()).temperature(0.0).maxRetries(0).build()));
            case "ollama" -> Optional.of(new LlamaGuardClassifier(OllamaChatModel.builder()
                    .baseUrl(p.baseUrl() == null ? "http://localhost:11434" : p.baseUrl()).modelName(model(p))
                    .timeout(p.timeout()).temperature(0.0).maxRetries(0).build()));
            default -> Optional.empty();
        });
    }

    private static String model(ClassifierProperties p) {
        return Objects.requireNonNull(p.model(), "salus.safety.classifier.model must be set (e.g. llama-guard3)");
    }

    /** The configured classifier, if any. */
    record SafetyClassifier(Optional<LlmSafetyClassifier> classifier) {}
}
