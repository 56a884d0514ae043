package org.salus.guardrails.decision;

import java.util.Optional;

/**
 * The guardrails' verdict on a user turn before retrieval.
 *
 * @param leadText      localised text to put before any corpus content (what to do now, crisis lines, a reframe note)
 * @param replyText     for a turn that must not be answered from the corpus: the complete short reply
 * @param retrieve      whether retrieval and answering should still happen
 * @param retrievalHint a topic to retrieve for instead of the raw message (e.g. "stroke"), or empty
 */
public record InputAssessment(SafetyDecision decision, Optional<String> leadText, Optional<String> replyText,
                              boolean retrieve, String retrievalHint) {
    public InputAssessment {
        retrievalHint = retrievalHint == null ? "" : retrievalHint;
    }
}
