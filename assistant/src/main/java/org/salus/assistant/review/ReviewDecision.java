package org.salus.assistant.review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** One stored decision on one content version of a document: who decided what, why, when, and until when it holds. */
public record ReviewDecision(long id, Instant decidedAt, String collection, String docId, String version,
                             Decision decision, String reviewer, String note, LocalDate expiresOn) {

    /** The day of the decision (UTC), shown as the review date of an approved version. */
    public LocalDate decidedOn() {
        return decidedAt.atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
