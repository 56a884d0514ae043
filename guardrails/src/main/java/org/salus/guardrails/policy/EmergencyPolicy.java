package org.salus.guardrails.policy;

import java.util.ArrayList;
import java.util.List;
import org.salus.guardrails.decision.Urgency;

/**
 * Escalates a described emergency, found by the red-flag triage rules or by the learned urgency heads; never
 * consults a language model.
 */
public final class EmergencyPolicy implements InputPolicy {

    @Override
    public String id() {
        return "emergency-red-flags";
    }

    @Override
    public Verdict evaluate(TurnFacts facts) {
        if (facts.urgency() != Urgency.EMERGENCY) {
            return Verdict.PASS;
        }
        List<String> categories = new ArrayList<>(List.of("emergency"));
        facts.triageRule().ifPresent(r -> r.categories().stream().filter(c -> !categories.contains(c))
                .forEach(categories::add));
        return new Verdict.Escalate(Urgency.EMERGENCY, categories, "emergencyLead", true,
                facts.triageRule().map(r -> r.topic()).orElse(""));
    }
}
