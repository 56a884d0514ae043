package org.salus.assistant.rag;

/** Stage 1: turns the user's message into the question that retrieval runs on. */
public interface QueryTransformer {
    Question transform(String message, String language);
}
