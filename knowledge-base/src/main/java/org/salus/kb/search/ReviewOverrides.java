package org.salus.kb.search;

import java.util.Optional;
import java.util.Set;
import org.salus.kb.Review;

/**
 * Review decisions made after a document was indexed (by a clinician, in the reviewer page or the command line): the
 * searcher applies them over each document's indexed review, so an approval or a retirement takes effect at once,
 * without building a new index generation.
 */
public interface ReviewOverrides {

    /** No decisions: every document keeps the review it was indexed with. */
    ReviewOverrides NONE = new ReviewOverrides() {
        @Override
        public long revision() {
            return 0;
        }

        @Override
        public Set<String> documentIds(String collection) {
            return Set.of();
        }

        @Override
        public Optional<Review> review(String collection, String documentId, String version) {
            return Optional.empty();
        }
    };

    /** A number that changes whenever a decision is made, so a searcher knows when to ask again; cheap to call. */
    long revision();

    /** The documents of {@code collection} that any decision concerns. */
    Set<String> documentIds(String collection);

    /** The review that replaces the indexed one for this content version of the document, if a decision covers it. */
    Optional<Review> review(String collection, String documentId, String version);
}
