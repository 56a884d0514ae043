package org.salus.guardrails.policy;

import java.util.List;
import org.salus.guardrails.Urgency;
import org.salus.guardrails.text.Phrase;

/**
 * Crisis support for suicidal thoughts or self-harm that the learned crisis head recognises (indirect, slang and
 * long-form talk no rule lists): crisis lines first, urgency emergency when a plan, means or an attempt is read.
 * The head is not heard when every crisis word the message holds is negated ("she denies any thoughts of
 * self-harm", "no suicidal thoughts"): the head reads words, not their negation.
 */
public final class LearnedCrisisPolicy implements InputPolicy {

    private final List<Phrase> cues;

    public LearnedCrisisPolicy(List<Phrase> cues) {
        this.cues = List.copyOf(cues);
    }

    private boolean onlyNegated(TurnFacts facts) {
        return cues.stream().anyMatch(facts.text()::contains)
                && cues.stream().noneMatch(facts.text()::containsAffirmed);
    }

    @Override
    public String id() {
        return "crisis-model";
    }

    @Override
    public Verdict evaluate(TurnFacts facts) {
        if (!facts.signals().crisis() || onlyNegated(facts)) {
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
