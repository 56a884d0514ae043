package org.salus.kb;

import java.time.LocalDate;

/** Who vouched for a document and until when; only approved or demo documents that have not expired are served. */
public record Review(ReviewStatus status, String reviewer, LocalDate reviewedOn, LocalDate expiresOn) {

    public Review {
        status = status == null ? ReviewStatus.DRAFT : status;
    }

    /** The default for bulk imports: the operator vouches for the source. */
    public static Review approvedByOperator() {
        return new Review(ReviewStatus.APPROVED, null, null, null);
    }

    public boolean servableOn(LocalDate day) {
        return status.servable() && (expiresOn == null || !expiresOn.isBefore(day));
    }
}
