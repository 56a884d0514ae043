package org.salus.kb.ingest;

import java.time.LocalDate;
import org.salus.kb.Review;
import org.salus.kb.ReviewStatus;

/** What the operator states about a bulk source: its review status, reviewer and review date. */
public record ImportOptions(ReviewStatus status, String reviewer, LocalDate reviewedOn) {

    /** Refuses a review date without a reviewer, as {@link Review} does. */
    public ImportOptions {
        status = status == null ? ReviewStatus.APPROVED : status;
        new Review(status, reviewer, reviewedOn, null);
    }

    public static ImportOptions defaults() {
        return new ImportOptions(ReviewStatus.APPROVED, null, null);
    }

    Review review() {
        return new Review(status, reviewer, reviewedOn, null);
    }
}
