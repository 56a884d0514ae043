package org.salus.assistant.chat;

import org.salus.assistant.safety.SafetyGate;

/** The output guardrails' review of the written answer: the reply carries the answer as they let it be shown. */
final class GuardOutput implements TurnStep {

    private final SafetyGate safety;

    GuardOutput(SafetyGate safety) {
        this.safety = safety;
    }

    @Override
    public Result apply(Turn turn) {
        turn.reviewed(safety.review(turn.asked().message(), turn.language(), turn.decision(), turn.draft().text()));
        return TurnStep.finish(turn);
    }
}
