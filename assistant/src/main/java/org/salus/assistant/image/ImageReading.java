package org.salus.assistant.image;

import java.util.List;

/**
 * What Salus made of one image: which reader read it ({@code ocr}, {@code vision}), whether it held any text, the
 * medicines and lab tests found, and notes for the reply (e.g. that the vision model failed and OCR stood in). The
 * text itself is not kept.
 */
public record ImageReading(String reader, boolean textFound, Findings findings, List<String> notes) {

    public ImageReading {
        notes = List.copyOf(notes);
    }

    /** The outcome as the audit trail records it. */
    public String outcome() {
        return !textFound ? "no_text" : findings.isEmpty() ? "nothing_known" : "read";
    }
}
