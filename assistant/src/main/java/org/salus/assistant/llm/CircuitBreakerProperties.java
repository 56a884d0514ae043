package org.salus.assistant.llm;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When to stop calling a language model that fails or hangs (Resilience4j's circuit breaker): over the last
 * {@code window} calls, once at least {@code minimumCalls} were made, a failure rate (or slow-call rate) of
 * {@code failureRate} percent opens the circuit for {@code openFor}; meanwhile turns get the extractive answer at once.
 * {@code enabled=false} calls the model every time.
 */
@Validated
@ConfigurationProperties("salus.llm.circuit-breaker")
public record CircuitBreakerProperties(
        @DefaultValue("true") boolean enabled,
        @Min(1) @Max(100) @DefaultValue("50") int failureRate,
        @Min(1) @Max(1000) @DefaultValue("10") int window,
        @Min(1) @Max(1000) @DefaultValue("3") int minimumCalls,
        @NotNull @DefaultValue("PT30S") Duration openFor,
        @NotNull @DefaultValue("PT15S") Duration slowCall) {}
