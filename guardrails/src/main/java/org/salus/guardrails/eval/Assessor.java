package org.salus.guardrails.eval;

import java.util.ArrayList;
import java.util.List;
import org.salus.guardrails.Guardrails;
import org.salus.guardrails.decision.InputAssessment;
import org.salus.guardrails.decision.UserTurn;

/** Runs turns through the guardrails for the evaluation, timing each one; the suites share it. */
final class Assessor {

    private final Guardrails guardrails;
    private final List<Long> shortNanos = new ArrayList<>();
    private final List<Long> longNanos = new ArrayList<>();

    Assessor(Guardrails guardrails) {
        this.guardrails = guardrails;
    }

    InputAssessment assess(String text, String language) {
        long start = System.nanoTime();
        InputAssessment a = guardrails.assess(new UserTurn(text, language, null, null, null));
        (text.length() <= SafetyEvaluation.SHORT ? shortNanos : longNanos).add(System.nanoTime() - start);
        return a;
    }

    Guardrails guardrails() {
        return guardrails;
    }

    List<Long> shortNanos() {
        return shortNanos;
    }

    List<Long> longNanos() {
        return longNanos;
    }
}
