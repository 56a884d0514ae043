package org.salus.kb.index;

import java.time.LocalDate;

/**
 * A citable piece of one section of a document, with the provenance a citation shows: the publisher, the date the
 * publisher last updated the text ({@code updatedOn}, null when unknown), the clinical review date (null when
 * nobody reviewed it) and the content version of its document (null until the passage is read back from an index).
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
        LocalDate updatedOn,
        String version) {

    /** Demo content is by definition not clinically reviewed, so it never shows a review date (older indexes stored one). */
    public Passage {
        if ("demo".equals(reviewStatus)) {
            reviewedOn = null;
        }
    }

    /** A passage as the chunker cuts it: its document version is not known yet. */
    public Passage(String id, String docId, String title, String section, String text, String language,
                   String publisher, String url, String reviewStatus, LocalDate reviewedOn, LocalDate updatedOn) {
        this(id, docId, title, section, text, language, publisher, url, reviewStatus, reviewedOn, updatedOn, null);
    }

    /** A passage whose publisher gave no update date. */
    public Passage(String id, String docId, String title, String section, String text, String language,
                   String publisher, String url, String reviewStatus, LocalDate reviewedOn) {
        this(id, docId, title, section, text, language, publisher, url, reviewStatus, reviewedOn, null);
    }

    /** Whether the passage comes from demo content that no clinician has reviewed. */
    public boolean demo() {
        return "demo".equals(reviewStatus);
    }
}
