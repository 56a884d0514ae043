package org.salus.guardrails.training;

import org.salus.guardrails.learn.SparseVector;

/**
 * One labelled training message (fields as in {@code guardrails/training/LABELS.md}) with its features and, once
 * embedded, its query embedding.
 */
record Example(String text, String lang, String voice, boolean situation, String urgency, String crisis,
               String harm, String scope, String problem, String group, SparseVector features, float[] embedding) {

    boolean harmful() {
        return !harm.equals("none") && !harm.equals("self_harm_method");
    }

    boolean inCrisis() {
        return !crisis.equals("none");
    }

    /** A health situation with nothing else going on: what the urgency heads learn from. */
    boolean plainSituation() {
        return situation && !urgency.equals("none") && !inCrisis() && harm.equals("none");
    }

    Example withEmbedding(float[] vector) {
        return new Example(text, lang, voice, situation, urgency, crisis, harm, scope, problem, group, features,
                vector);
    }
}
