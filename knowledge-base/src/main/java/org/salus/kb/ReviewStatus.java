package org.salus.kb;

import java.util.Locale;

/** The vetting state of a document. */
public enum ReviewStatus {
    DRAFT, APPROVED, DEMO, RETIRED;

    public boolean servable() {
        return this == APPROVED || this == DEMO;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code draft|approved|demo|retired}, case-insensitively. */
    public static ReviewStatus parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("review status is missing");
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown review status '" + text.strip()
                    + "' (expected draft, approved, demo or retired)");
        }
    }
}
