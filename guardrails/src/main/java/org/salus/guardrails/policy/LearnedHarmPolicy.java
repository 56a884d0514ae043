package org.salus.guardrails.policy;

import java.util.List;

/** Refuses a request for help to cause harm, or to act against medical ethics, that the learned harm head recognises. */
public final class LearnedHarmPolicy implements InputPolicy {

    @Override
    public String id() {
        return "harm-model";
    }

    @Override
    public Verdict evaluate(TurnFacts facts) {
        return facts.signals().harm()
                .<Verdict>map(category -> new Verdict.Refuse(List.of(category), "refusal"))
                .orElse(Verdict.PASS);
    }
}
