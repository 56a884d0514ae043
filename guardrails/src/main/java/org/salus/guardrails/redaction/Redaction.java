package org.salus.guardrails.redaction;

import java.util.List;

/** The outcome of redacting one text: the input, the text with typed placeholders, and what was found where. */
public record Redaction(String original, String redacted, List<Span> spans) {

    public Redaction {
        spans = List.copyOf(spans);
    }

    /** Whether anything was redacted. */
    public boolean found() {
        return !spans.isEmpty();
    }
}
