package org.salus.assistant.privacy.logging;

import org.salus.guardrails.redaction.Redactor;

/**
 * Passes log text through the redactor, skipping the work for text that cannot hold an identifier the redactor
 * finds (no digit, no {@code @}, no capitalised word after the first).
 */
public final class LogScrubber {

    private static final Redactor REDACTOR = Redactor.standard();

    private LogScrubber() {
    }

    public static String scrub(String text) {
        return text == null || !suspicious(text) ? text : REDACTOR.scrub(text);
    }

    static boolean suspicious(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' || c == '@') {
                return true;
            }
            if (i > 0 && Character.isUpperCase(c) && !Character.isLetterOrDigit(text.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }
}
