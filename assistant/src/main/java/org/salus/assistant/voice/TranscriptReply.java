package org.salus.assistant.voice;

/**
 * The reply of {@code POST /api/transcribe}: the words heard, or an empty text with what happened and a sentence
 * for the user; a failing speech service is reported here rather than as a 5xx.
 *
 * @param outcome {@code transcribed}, {@code no_speech} or {@code unavailable}
 * @param message a sentence for the user when there is no text, in the requested language; else null
 */
record TranscriptReply(String text, String outcome, String message) {}
