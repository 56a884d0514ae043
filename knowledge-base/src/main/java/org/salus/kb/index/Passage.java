package org.salus.kb.index;

import java.time.LocalDate;

/**
 * A citable piece of one section of a document, with the provenance a citation shows and the content version of its
 * document (null until the passage is read back from an index).
 */
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
        LocalDate reviewedOn,
        String version) {

    /** A passage whose document version is not known yet, as the chunker cuts it. */
    public Passage(String id, String docId, String title, String section, String text, String language,
                   String publisher, String url, String reviewStatus, LocalDate reviewedOn) {
        this(id, docId, title, section, text, language, publisher, url, reviewStatus, reviewedOn, null);
    }

    /** Whether the passage comes from demo content that no clinician has reviewed. */
    public boolean demo() {
        return "demo".equals(reviewStatus);
    }
}
