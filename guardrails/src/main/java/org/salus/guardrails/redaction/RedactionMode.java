package org.salus.guardrails.redaction;

/**
 * How hard the redactor leans towards removing: logs keep their clinical meaning in the balanced mode, stored
 * transcripts give up some of it in the recall-first mode so that fewer identifiers survive.
 */
public enum RedactionMode {

    /**
     * Removes what HIPAA's Safe Harbor lists (names, places smaller than a state, dates more specific than a year,
     * ages of 90 or more, contact details and numbers that identify), and leaves clinical words and figures alone.
     */
    BALANCED("balanced"),

    /** Also removes every age, year and weekday, and capitalised listed names that are also ordinary words. */
    RECALL_FIRST("recall-first");

    private final String label;

    RedactionMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The mode named {@code label} ("balanced" or "recall-first"), or null. */
    public static RedactionMode byLabel(String label) {
        for (RedactionMode m : values()) {
            if (m.label.equalsIgnoreCase(label) || m.name().equalsIgnoreCase(label)) {
                return m;
            }
        }
        return null;
    }
}
