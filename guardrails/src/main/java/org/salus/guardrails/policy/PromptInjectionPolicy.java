package org.salus.guardrails.policy;

import java.util.List;
import org.salus.guardrails.text.Phrase;

/**
 * Notes attempts to override Salus's instructions inside a user turn; it only flags, so the rest of the chain
 * judges the turn exactly as it would without the attempt.
 */
public final class PromptInjectionPolicy implements InputPolicy {

    private final List<Phrase> patterns;

    public PromptInjectionPolicy(List<Phrase> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    @Override
    public String id() {
        return "prompt-injection";
    }

    @Override
    public Verdict evaluate(TurnFacts facts) {
        for (Phrase p : patterns) {
            if (facts.text().contains(p)) {
                return new Verdict.Flag("prompt_injection");
            }
        }
        return Verdict.PASS;
    }
}
