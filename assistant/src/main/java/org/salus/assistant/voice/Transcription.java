package org.salus.assistant.voice;

/** What the speech service made of a recording: words, silence, or a failure the user is told about in plain words. */
sealed interface Transcription {

    /** The service heard these words (annotations such as {@code [BLANK_AUDIO]} removed). */
    record Heard(String text) implements Transcription {}

    /** The service answered but heard no speech. */
    record Silence() implements Transcription {}

    /**
     * The service could not be used: unreachable, too slow, an error status or a reply that is not a transcript.
     *
     * @param reason a short code for the audit trail, e.g. {@code timeout}, {@code http_503}, {@code malformed}
     */
    record Failed(String reason) implements Transcription {}
}
