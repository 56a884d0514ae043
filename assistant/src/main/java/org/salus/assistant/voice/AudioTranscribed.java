package org.salus.assistant.voice;

import java.time.Instant;

/**
 * Published after every recording the transcription endpoint accepted or refused. It carries no content: no audio,
 * no transcript; the session id is the client's opaque id, which listeners must not store as it is.
 *
 * @param outcome {@code transcribed}, {@code no_speech}, {@code unavailable} or {@code rejected}
 * @param reason why it was not transcribed, as a short code ({@code timeout}, {@code too_large}, …), else null
 */
public record AudioTranscribed(Instant at, String sessionId, String language, String outcome, String reason,
                               long latencyMs) {}
