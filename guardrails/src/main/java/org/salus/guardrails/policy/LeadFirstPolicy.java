package org.salus.guardrails.policy;

import org.salus.guardrails.decision.InputAssessment;

/** Guarantees that what to do now (emergency, crisis lines, clinician note) comes before any corpus content. */
public final class LeadFirstPolicy implements OutputPolicy {

    @Override
    public String id() {
        return "lead-first";
    }

    @Override
    public OutputVerdict review(InputAssessment input, String answer, TurnFacts facts) {
        if (input.leadText().isEmpty() || answer.strip().startsWith(input.leadText().get().strip())) {
            return OutputVerdict.KEEP;
        }
        return new OutputVerdict.Prepend(input.leadText().get(), "lead text put first");
    }
}
