package org.salus.assistant.image;

import org.salus.assistant.web.ApiException;

/** An image the API rejects (not an image, unsupported type, too large, damaged), with a plain-words reason. */
public final class BadImage extends ApiException {

    private final String outcome;

    BadImage(int status, String outcome, String title, String detail) {
        super(status, title, detail);
        this.outcome = outcome;
    }

    /** A short code for the audit trail, e.g. {@code too_large}. */
    public String outcome() {
        return outcome;
    }
}
