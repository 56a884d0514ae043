package org.salus.guardrails.policy;

import org.salus.guardrails.decision.InputAssessment;

/** One small check of a composed answer, run in the order the {@link OutputChain} gives. */
public interface OutputPolicy {

    String id();

    OutputVerdict review(InputAssessment input, String answer, TurnFacts facts);
}
