package org.salus.assistant.privacy;

import java.time.Instant;

/**
 * Published by the chat service after a turn when it may be kept as a transcript; it carries user text, so only
 * the transcript recorder may listen, and it stores nothing unless the operator opted in (and then only redacted).
 */
public record ChatTranscriptReady(Instant at, String sessionId, String message, String answer) {}
