package org.salus.guardrails;

/** The embedding model the assistant already runs for retrieval, lent to the semantic safety layer. */
@FunctionalInterface
public interface TextEmbedder {
    float[] embed(String text);
}
