package org.salus.kb;

import java.time.LocalDate;

/**
 * Who vouched for a document and until when; only approved or demo documents that have not expired are served.
 * A review date needs a reviewer: a document nobody reviewed has no review date.
 */
public record Review(ReviewStatus status, String reviewer, LocalDate reviewedOn, LocalDate expiresOn) {

    public Review {
        status = status == null ? ReviewStatus.DRAFT : status;
        reviewer = reviewer == null || reviewer.isBlank() ? null : reviewer.strip();
        if (reviewedOn != null && reviewer == null) {
            throw new IllegalArgumentException("a review date (" + reviewedOn + ") needs a reviewer; "
                    + "a document nobody reviewed has no review date");
        }
    }

    /** The default for bulk imports: the operator vouches for the source. */
    public static Review approvedByOperator() {
        return new Review(ReviewStatus.APPROVED, null, null, null);
    }

    public boolean servableOn(LocalDate day) {
        return status.servable() && (expiresOn == null || !expiresOn.isBefore(day));
    }
}
