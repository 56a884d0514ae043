package org.salus.kb.index;

import java.time.LocalDate;

/** A citable piece of one section of a document, with the provenance a citation shows. */
public record Passage(
        String id,
        String docId,
        String title,
        String section,
        String text,
        String language,
        String publisher,
        String url,
        String reviewStatus,
        LocalDate reviewedOn) {

    /** Whether the passage comes from demo content that no clinician has reviewed. */
    public boolean demo() {
        return "demo".equals(reviewStatus);
    }
}
