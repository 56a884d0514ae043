package org.salus.assistant.voice;

import org.salus.assistant.web.ApiException;

/**
 * A recording the endpoint refuses (none, too big, too long, not audio), in plain words.
 *
 * @see Recordings
 */
final class BadAudio extends ApiException {

    private final String reason;

    BadAudio(int status, String reason, String title, String detail) {
        super(status, title, detail);
        this.reason = reason;
    }

    /** A short code for the audit trail, e.g. {@code too_large}. */
    String reason() {
        return reason;
    }
}
