package org.salus.guardrails.redaction;

/** A typed stretch of personal data, as character offsets into the original text (end exclusive). */
public record Span(int start, int end, String type) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span offsets");
        }
    }

    int length() {
        return end - start;
    }

    /** Whether the two spans share at least one character. */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }
}
