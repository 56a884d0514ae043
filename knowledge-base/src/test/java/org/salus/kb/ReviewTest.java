package org.salus.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.salus.kb.index.Passage;

class ReviewTest {

    @Test
    void aReviewDateWithoutAReviewerIsRefused() {
        assertThatThrownBy(() -> new Review(ReviewStatus.DEMO, null, LocalDate.of(2026, 11, 23), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a reviewer");
        assertThatThrownBy(() -> new Review(ReviewStatus.APPROVED, " ", LocalDate.of(2026, 11, 23), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNamedReviewerMayDateTheirReview() {
        Review review = new Review(ReviewStatus.APPROVED, " Dr. Test ", LocalDate.of(2026, 3, 1), null);

        assertThat(review.reviewer()).isEqualTo("Dr. Test");
        assertThat(review.reviewedOn()).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void aDemoPassageNeverShowsAReviewDateEvenFromAnOlderIndex() {
        Passage demo = new Passage("d#0.0", "d", "T", "T", "text", "en", "P", "", "demo", LocalDate.of(2026, 11, 23));
        Passage approved = new Passage("a#0.0", "a", "T", "T", "text", "en", "P", "", "approved", LocalDate.of(2026, 3, 1));

        assertThat(demo.reviewedOn()).isNull();
        assertThat(approved.reviewedOn()).isEqualTo(LocalDate.of(2026, 3, 1));
    }
}
