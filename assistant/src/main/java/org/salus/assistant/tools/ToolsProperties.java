package org.salus.assistant.tools;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who chooses the health tool for a message: {@code model} (the configured LLM through tool calling, the rules when
 * there is no LLM or its choice fails) or {@code rules} (always the project's rules), and how long the model may take.
 */
@Validated
@ConfigurationProperties("salus.tools")
record ToolsProperties(
        @Pattern(regexp = "model|rules") @DefaultValue("model") String selection,
        @NotNull @DefaultValue("PT10S") Duration modelTimeout) {}
