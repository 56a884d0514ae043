package org.salus.assistant.reply;

/**
 * A numbered source of the answer, as the chat API returns it: {@code reviewedOn} is the clinical review date (null
 * when nobody reviewed the document), {@code updatedOn} the date the publisher last updated the text (null when the
 * source does not say), {@code version} the content version of the cited document (null for the health tools'
 * sources), so a clinic can tell which reviewed text answered.
 */
public record Citation(int n, String id, String docId, String title, String url, String source,
                       String reviewedOn, String excerpt, String reviewStatus, String updatedOn, String version) {

    /** A source that is no corpus document: no update date, no content version. */
    public Citation(int n, String id, String docId, String title, String url, String source, String reviewedOn,
                    String excerpt, String reviewStatus) {
        this(n, id, docId, title, url, source, reviewedOn, excerpt, reviewStatus, null, null);
    }
}
