package org.salus.guardrails.policy;

/** One small input check, run in the order the {@link InputChain} gives; its id is recorded when it decides. */
public interface InputPolicy {

    String id();

    Verdict evaluate(TurnFacts facts);

    /**
     * The verdict when an earlier policy already refused or reframed the turn: a crisis policy may then judge more
     * readily, because a refusal is the worst place to miss a person in crisis.
     */
    default Verdict evaluateAfterRefusal(TurnFacts facts) {
        return evaluate(facts);
    }
}
