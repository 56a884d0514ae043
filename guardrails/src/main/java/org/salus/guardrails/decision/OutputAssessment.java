package org.salus.guardrails.decision;

import java.util.List;

/** The guardrails' verdict on a composed answer: the final decision, the answer to send and why it changed. */
public record OutputAssessment(SafetyDecision decision, String answer, List<String> notes) {
    public OutputAssessment {
        notes = List.copyOf(notes);
    }
}
