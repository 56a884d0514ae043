package org.salus.guardrails.policy;

/** One small input check, run in the order the {@link InputChain} gives; its id is recorded when it decides. */
public interface InputPolicy {

    String id();

    Verdict evaluate(TurnFacts facts);
}
