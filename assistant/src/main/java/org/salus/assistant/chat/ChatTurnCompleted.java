package org.salus.assistant.chat;

import java.time.Instant;
import java.util.List;

/**
 * Published after every chat turn, successful or not. It carries no content: no message, no answer, no prompt;
 * the session id is the client's opaque id, which listeners must not store as it is.
 */
public record ChatTurnCompleted(
        Instant at,
        String sessionId,
        String channel,
        String mode,
        String language,
        String action,
        String urgency,
        List<String> categories,
        String policy,
        List<String> citedDocIds,
        String provider,
        long latencyMs,
        String errorClass) {

    public ChatTurnCompleted {
        categories = categories == null ? List.of() : List.copyOf(categories);
        citedDocIds = citedDocIds == null ? List.of() : List.copyOf(citedDocIds);
    }
}
