package org.salus.assistant.safety;

import org.salus.assistant.rag.CorpusTextFilter;

/** Where the chat asks the guardrails what may be said, before retrieval and after composition. */
public interface SafetyGate extends CorpusTextFilter {

    TurnSafety assess(String message, String language, float[] queryEmbedding);

    /** The answer as it may be shown, after the output policies. */
    String review(String message, String language, TurnSafety input, String answer);

    String disclaimer(String language);
}
