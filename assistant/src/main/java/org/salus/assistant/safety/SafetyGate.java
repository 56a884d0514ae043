package org.salus.assistant.safety;

/** Where the chat asks the guardrails what may be said, before retrieval and after composition. */
public interface SafetyGate {

    TurnSafety assess(String message, String language, float[] queryEmbedding);

    /** The answer as it may be shown, after the output policies. */
    String review(String message, String language, TurnSafety input, String answer);

    String disclaimer(String language);

    /** Corpus text with sentences that read as instructions to a model removed, before it goes into a prompt. */
    String neutraliseCorpusText(String passage);
}
