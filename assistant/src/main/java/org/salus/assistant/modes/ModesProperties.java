package org.salus.assistant.modes;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Time budgets of the slower modes ({@code salus.modes.thinking-budget}, {@code salus.modes.contemplating-budget});
 * when one runs out the best supported draft so far is returned with a note. {@code salus.modes.prompt-evidence}
 * chooses what their LLM prompts carry: {@code compressed} (default) or {@code top5}, the naive baseline.
 */
@ConfigurationProperties("salus.modes")
public record ModesProperties(@DefaultValue("20s") Duration thinkingBudget,
                              @DefaultValue("30s") Duration contemplatingBudget,
                              @DefaultValue("compressed") PromptEvidence promptEvidence) {

    public ModesProperties {
        if (thinkingBudget.isNegative() || contemplatingBudget.isNegative()) {
            throw new IllegalArgumentException("mode budgets must not be negative");
        }
        if (promptEvidence == null) {
            throw new IllegalArgumentException("prompt evidence must be compressed or top5");
        }
    }
}
