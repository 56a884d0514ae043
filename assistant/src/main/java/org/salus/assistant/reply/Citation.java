package org.salus.assistant.reply;

/** A numbered source of the answer, as the chat API returns it. */
public record Citation(int n, String id, String docId, String title, String url, String source,
                       String reviewedOn, String excerpt, String reviewStatus) {
}
