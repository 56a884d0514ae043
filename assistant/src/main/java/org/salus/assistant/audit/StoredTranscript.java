package org.salus.assistant.audit;

import java.time.Instant;

/** A redacted transcript row, kept only when the operator opted in. */
record StoredTranscript(Instant at, Pseudonym session, String message, String answer) {}
