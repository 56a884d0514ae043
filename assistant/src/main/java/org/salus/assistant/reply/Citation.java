package org.salus.assistant.reply;

/**
 * A numbered source of the answer, as the chat API returns it: {@code reviewedOn} is the clinical review date (null
 * when nobody reviewed the document), {@code updatedOn} the date the publisher last updated the text (null when the
 * source does not say).
 */
public record Citation(int n, String id, String docId, String title, String url, String source,
                       String reviewedOn, String excerpt, String reviewStatus, String updatedOn) {

    /** A citation of a source that gives no update date. */
    public Citation(int n, String id, String docId, String title, String url, String source, String reviewedOn,
                    String excerpt, String reviewStatus) {
        this(n, id, docId, title, url, source, reviewedOn, excerpt, reviewStatus, null);
    }
}
