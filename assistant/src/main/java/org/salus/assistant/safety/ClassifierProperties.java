package org.salus.assistant.safety;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The optional model-based safety classifier (Llama Guard served by Ollama or an OpenAI-compatible server), asked
 * only about turns the local layers let through; off by default.
 */
@Validated
@ConfigurationProperties("salus.safety.classifier")
public record ClassifierProperties(
        @Pattern(regexp = "none|openai|ollama") @DefaultValue("none") String provider,
        String baseUrl,
        String model,
        String apiKey,
        @NotNull @DefaultValue("PT3S") Duration timeout) {}
