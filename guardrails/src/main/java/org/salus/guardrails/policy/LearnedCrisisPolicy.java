package org.salus.guardrails.policy;

import java.util.List;
import org.salus.guardrails.Urgency;

/**
 * Crisis support for suicidal thoughts or self-harm that the learned crisis head recognises (indirect, slang and
 * long-form talk no rule lists): crisis lines first, urgency emergency when a plan, means or an attempt is read.
 * Only for a described situation (the writer's or someone else's): a general question about suicide gets an answer.
 */
public final class LearnedCrisisPolicy implements InputPolicy {

    @Override
    public String id() {
        return "crisis-model";
    }

    @Override
    public Verdict evaluate(TurnFacts facts) {
        if (!facts.signals().crisis() || !facts.situation()) {
            return Verdict.PASS;
        }
        boolean emergency = facts.signals().acute() || facts.urgency() == Urgency.EMERGENCY;
        return emergency
                ? new Verdict.Escalate(Urgency.EMERGENCY, List.of("self_harm_crisis", "emergency"),
                        "crisisEmergencyLead", true, "suicidal thoughts")
                : new Verdict.Escalate(Urgency.URGENT, List.of("self_harm_crisis"), "crisisLead", true,
                        "suicidal thoughts");
    }
}
