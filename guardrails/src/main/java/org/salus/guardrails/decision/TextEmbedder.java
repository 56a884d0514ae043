package org.salus.guardrails.decision;

/**
 * The query embedding the assistant already computes for retrieval (BGE-small-en v1.5 with its query instruction),
 * lent to the learned safety heads, which were trained on exactly that embedding.
 */
@FunctionalInterface
public interface TextEmbedder {
    float[] embed(String text);
}
