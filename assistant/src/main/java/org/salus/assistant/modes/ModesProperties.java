package org.salus.assistant.modes;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Time budgets of the slower modes ({@code salus.modes.thinking-budget}, {@code salus.modes.contemplating-budget});
 * when one runs out the best supported draft so far is returned with a note. {@code salus.modes.prompt-evidence}
 * chooses what their LLM prompts carry: {@code compressed} (default) or {@code top5}, the naive baseline.
 * {@code salus.modes.contemplating-token-budget} caps the estimated prompt tokens all Contemplating agents' LLM calls
 * may spend in one turn; an agent whose call the time or token budget cannot pay writes without the model.
 */
@Validated
@ConfigurationProperties("salus.modes")
public record ModesProperties(@DefaultValue("20s") Duration thinkingBudget,
                              @DefaultValue("30s") Duration contemplatingBudget,
                              @DefaultValue("compressed") PromptEvidence promptEvidence,
                              @Min(0) @Max(1_000_000) @DefaultValue("12000") int contemplatingTokenBudget) {

    public ModesProperties {
        if (thinkingBudget.isNegative() || contemplatingBudget.isNegative()) {
            throw new IllegalArgumentException("mode budgets must not be negative");
        }
        if (promptEvidence == null) {
            throw new IllegalArgumentException("prompt evidence must be compressed or top5");
        }
    }
}
