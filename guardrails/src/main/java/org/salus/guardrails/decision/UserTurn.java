package org.salus.guardrails.decision;

/**
 * One user message with what the guardrails may use to judge it.
 *
 * @param language       {@code en} or {@code es}; other values fall back to English texts
 * @param region         ISO country code such as {@code US}, {@code GB}, {@code ES}; null for the configured default
 * @param queryEmbedding the retrieval embedding of {@code message} when already computed, else null
 * @param context        optional patient facts, may be null
 */
public record UserTurn(String message, String language, String region, float[] queryEmbedding, PatientContext context) {
    public UserTurn {
        message = message == null ? "" : message;
    }

    public static UserTurn of(String message, String language) {
        return new UserTurn(message, language, null, null, null);
    }
}
