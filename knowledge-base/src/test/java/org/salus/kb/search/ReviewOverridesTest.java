package org.salus.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salus.kb.Review;
import org.salus.kb.ReviewStatus;
import org.salus.kb.TinyCorpus;
import org.salus.kb.embed.Embedder;
import org.salus.kb.index.Chunker;
import org.salus.kb.index.CollectionStore;
import org.salus.kb.index.IngestProgress;
import org.salus.kb.index.Ingestor;

/** Review decisions made after indexing change what is served at once, and only for the version they were made on. */
class ReviewOverridesTest {

    private static final String COLLECTION = "tiny";
    private static final LocalDate TODAY = LocalDate.now();

    @TempDir
    Path dataDir;

    private final Decisions decisions = new Decisions();
    private CollectionStore store;

    @BeforeEach
    void index() throws IOException {
        store = new CollectionStore(dataDir);
        new Ingestor(store, Embedder.none(), Chunker.standard())
                .ingest(COLLECTION, TinyCorpus.documents(), false, IngestProgress.NONE);
    }

    private CollectionSearcher searcher() {
        return new CollectionSearcher(store, COLLECTION, Embedder.none(), SearchSettings.defaults(), Map.of(), decisions);
    }

    private static boolean finds(CollectionSearcher searcher, String query, String docId) {
        return searcher.search(SearchQuery.of(query, "en", 10)).stream().anyMatch(p -> p.passage().docId().equals(docId));
    }

    private static String version(CollectionSearcher searcher, String docId) {
        return searcher.documents().stream().filter(d -> d.id().equals(docId)).findFirst().orElseThrow().version();
    }

    @Test
    void anApprovedDraftIsServedAtOnceAsApproved() throws IOException {
        try (CollectionSearcher searcher = searcher()) {
            assertThat(finds(searcher, "measles virus", "tiny-draft-measles")).isFalse();

            decisions.decide("tiny-draft-measles", version(searcher, "tiny-draft-measles"),
                    new Review(ReviewStatus.APPROVED, "Dr Test", TODAY, TODAY.plusYears(1)));

            var hit = searcher.search(SearchQuery.of("measles virus", "en", 10)).getFirst().passage();
            assertThat(hit.docId()).isEqualTo("tiny-draft-measles");
            assertThat(hit.reviewStatus()).isEqualTo("approved");
            assertThat(hit.reviewedOn()).isEqualTo(TODAY);
            assertThat(hit.version()).isEqualTo(version(searcher, "tiny-draft-measles"));
        }
    }

    @Test
    void anApprovalOfAnotherVersionChangesNothing() throws IOException {
        try (CollectionSearcher searcher = searcher()) {
            decisions.decide("tiny-draft-measles", "0123456789abcdef0123456789abcdef",
                    new Review(ReviewStatus.APPROVED, "Dr Test", TODAY, null));

            assertThat(finds(searcher, "measles virus", "tiny-draft-measles")).isFalse();
        }
    }

    @Test
    void aRetiredOrExpiredDecisionWithholdsAServedDocument() throws IOException {
        try (CollectionSearcher searcher = searcher()) {
            assertThat(finds(searcher, "stroke warning signs", "tiny-stroke")).isTrue();
            assertThat(searcher.byCode("ICD-10-CM", "I63.9", "en", 5)).isNotEmpty();

            decisions.decide("tiny-stroke", version(searcher, "tiny-stroke"),
                    new Review(ReviewStatus.RETIRED, "Dr Test", TODAY, null));
            assertThat(finds(searcher, "stroke warning signs", "tiny-stroke")).isFalse();
            assertThat(searcher.byCode("ICD-10-CM", "I63.9", "en", 5)).isEmpty();

            decisions.decide("tiny-stroke", version(searcher, "tiny-stroke"),
                    new Review(ReviewStatus.APPROVED, "Dr Test", TODAY.minusYears(2), TODAY.minusDays(1)));
            assertThat(finds(searcher, "stroke warning signs", "tiny-stroke")).isFalse();
        }
    }

    @Test
    void listsEveryDocumentAndReadsOneInOrderWhateverItsStatus() throws IOException {
        try (CollectionSearcher searcher = searcher()) {
            assertThat(searcher.documents()).extracting(IndexedDocument::id)
                    .containsAll(TinyCorpus.SERVABLE).containsAll(TinyCorpus.NOT_SERVABLE);
            assertThat(searcher.documents()).filteredOn(d -> d.id().equals("tiny-draft-measles")).singleElement()
                    .satisfies(d -> assertThat(d.indexed().status()).isEqualTo(ReviewStatus.DRAFT));
            assertThat(searcher.passages("tiny-stroke")).extracting(p -> p.section())
                    .containsExactly("Stroke", "Warning signs");
            assertThat(searcher.passages("no-such-document")).isEmpty();
        }
    }

    /** Decisions held in memory, as a clinic's database would hold them. */
    private static final class Decisions implements ReviewOverrides {
        private final Map<String, Map.Entry<String, Review>> byId = new HashMap<>();
        private long revision;

        synchronized void decide(String id, String version, Review review) {
            byId.put(id, Map.entry(version, review));
            revision++;
        }

        @Override
        public synchronized long revision() {
            return revision;
        }

        @Override
        public synchronized Set<String> documentIds(String collection) {
            return Set.copyOf(byId.keySet());
        }

        @Override
        public synchronized Optional<Review> review(String collection, String documentId, String version) {
            var decided = byId.get(documentId);
            return decided != null && decided.getKey().equals(version) ? Optional.of(decided.getValue()) : Optional.empty();
        }
    }
}
