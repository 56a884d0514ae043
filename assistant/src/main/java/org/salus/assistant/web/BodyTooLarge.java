package org.salus.assistant.web;

import java.io.IOException;

/** A request body that read past its endpoint's cap; wherever it surfaces, the answer is 413. */
public final class BodyTooLarge extends IOException {

    public BodyTooLarge() {
        super("request body over its cap", null);
    }

    /** Whether {@code error} or one of its causes is a body over its cap. */
    public static boolean causes(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BodyTooLarge) {
                return true;
            }
        }
        return false;
    }
}
