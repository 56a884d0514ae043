package org.salus.guardrails.policy;

import java.util.List;

/** Declines a task outside health information (code, poems, homework) that the learned scope head recognises. */
public final class LearnedScopePolicy implements InputPolicy {

    @Override
    public String id() {
        return "scope-model";
    }

    @Override
    public Verdict evaluate(TurnFacts facts) {
        return facts.signals().outOfScope() ? new Verdict.Refuse(List.of("out_of_scope"), "outOfScope")
                : Verdict.PASS;
    }
}
