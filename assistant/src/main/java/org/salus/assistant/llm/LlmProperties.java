package org.salus.assistant.llm;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Which LLM writes answers, if any: {@code none} (the grounded extractive composer), {@code openai} (any
 * OpenAI-compatible server), {@code ollama} or {@code anthropic}; {@code vision} marks the model as able to read
 * images, so that image input goes to it before OCR.
 */
@Validated
@ConfigurationProperties("salus.llm")
public record LlmProperties(
        @Pattern(regexp = "none|openai|ollama|anthropic") @DefaultValue("none") String provider,
        String baseUrl,
        String model,
        String apiKey,
        @NotNull @DefaultValue("PT20S") Duration timeout,
        @DecimalMin("0.0") @DecimalMax("2.0") @DefaultValue("0.1") double temperature,
        @Min(64) @Max(8192) @DefaultValue("700") int maxTokens,
        @DefaultValue("false") boolean vision) {

    public boolean enabled() {
        return !"none".equals(provider);
    }
}
