package org.salus.guardrails.policy;

import java.util.List;
import org.salus.guardrails.decision.Urgency;
import org.salus.guardrails.text.Phrase;

/**
 * Crisis support for suicidal thoughts or self-harm that the learned crisis head recognises (indirect, slang and
 * long-form talk no rule lists): crisis lines first, urgency emergency when a plan, means or an attempt is read.
 * Only when the message speaks of a person (the writer or someone else), so a general question about suicide gets
 * an answer while "sometimes i think if i just swerved into a lorry…" gets crisis support.
 */
public final class LearnedCrisisPolicy implements InputPolicy {

    private final List<Phrase> personal;

    public LearnedCrisisPolicy(List<Phrase> personal) {
        this.personal = List.copyOf(personal);
    }

    @Override
    public String id() {
        return "crisis-model";
    }

    @Override
    public Verdict evaluate(TurnFacts facts) {
        return judge(facts, facts.signals().crisis());
    }

    /** After a refusal, the lower watch threshold suffices (learned.yaml {@code crisis-watch}). */
    @Override
    public Verdict evaluateAfterRefusal(TurnFacts facts) {
        return judge(facts, facts.signals().crisisWatch());
    }

    private Verdict judge(TurnFacts facts, boolean crisis) {
        if (!crisis || !facts.situation() && personal.stream().noneMatch(facts.text()::containsAffirmed)) {
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
