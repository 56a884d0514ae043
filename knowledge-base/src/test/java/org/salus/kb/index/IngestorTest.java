package org.salus.kb.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salus.kb.Document;
import org.salus.kb.Document.Section;
import org.salus.kb.HashingEmbeddingModel;
import org.salus.kb.TinyCorpus;
import org.salus.kb.search.CollectionSearcher;
import org.salus.kb.embed.Embedder;
import org.salus.kb.search.SearchQuery;
import org.salus.kb.search.SearchSettings;

class IngestorTest {

    private static final String COLLECTION = "tiny";

    @TempDir
    Path dataDir;

    private final HashingEmbeddingModel model = new HashingEmbeddingModel(0);
    private CollectionStore store;
    private Ingestor ingestor;

    private Ingestor ingestor() {
        if (ingestor == null) {
            store = new CollectionStore(dataDir);
            ingestor = new Ingestor(store, HashingEmbeddingModel.embedder(model), Chunker.standard());
        }
        return ingestor;
    }

    private IngestReport ingest(List<Document> documents, boolean replace) throws IOException {
        return ingestor().ingest(COLLECTION, documents, replace, IngestProgress.NONE);
    }

    private static Document withText(Document d, String text) {
        return new Document(d.id(), d.title(), d.language(), d.publisher(), d.url(),
                List.of(new Section(d.title(), text)), d.synonyms(), d.codes(), d.review(), d.sources());
    }

    private List<String> generations() throws IOException {
        try (Stream<Path> dirs = Files.list(store.directory(COLLECTION))) {
            return dirs.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("gen-")).sorted().toList();
        }
    }

    @Test
    void firstIngestIndexesEveryDocumentAndPublishes() throws IOException {
        List<Document> docs = TinyCorpus.documents();

        IngestReport report = ingest(docs, false);

        assertThat(report.published()).isTrue();
        assertThat(report.documentsIndexed()).isEqualTo(docs.size());
        assertThat(report.totalDocuments()).isEqualTo(docs.size());
        assertThat(report.passagesIndexed()).isEqualTo(report.totalPassages()).isEqualTo(model.embedded());
        assertThat(store.manifest(COLLECTION)).hasValueSatisfying(m -> {
            assertThat(m.embedding()).isEqualTo(HashingEmbeddingModel.NAME);
            assertThat(m.dimension()).isEqualTo(model.dimension());
            assertThat(m.documents()).isEqualTo(docs.size());
        });
    }

    @Test
    void reingestingUnchangedDocumentsIndexesNothingAndDoesNotPublish() throws IOException {
        List<Document> docs = TinyCorpus.documents();
        ingest(docs, false);
        Path before = store.current(COLLECTION).orElseThrow();
        int embeddedBefore = model.embedded();

        IngestReport again = ingest(docs, true);

        assertThat(again.published()).isFalse();
        assertThat(again.documentsIndexed()).isZero();
        assertThat(again.documentsUnchanged()).isEqualTo(docs.size());
        assertThat(again.passagesIndexed()).isZero();
        assertThat(model.embedded()).isEqualTo(embeddedBefore);
        assertThat(store.current(COLLECTION)).contains(before);
    }

    @Test
    void changedDocumentIsReindexedAlone() throws IOException {
        List<Document> docs = new ArrayList<>(TinyCorpus.documents());
        ingest(docs, false);
        int embeddedBefore = model.embedded();
        int index = docs.indexOf(docs.stream().filter(d -> d.id().equals("tiny-exercise")).findFirst().orElseThrow());
        docs.set(index, withText(docs.get(index), "Adults should aim for 300 minutes of brisk walking each week."));

        IngestReport report = ingest(docs, false);

        assertThat(report.published()).isTrue();
        assertThat(report.documentsIndexed()).isEqualTo(1);
        assertThat(report.documentsUnchanged()).isEqualTo(docs.size() - 1);
        assertThat(report.passagesIndexed()).isEqualTo(1);
        assertThat(model.embedded() - embeddedBefore).isEqualTo(1);
        assertThat(report.totalDocuments()).isEqualTo(docs.size());
        try (CollectionSearcher searcher = searcher()) {
            assertThat(searcher.search(SearchQuery.of("brisk walking", "en", 5)))
                    .extracting(p -> p.passage().text())
                    .containsExactly("Adults should aim for 300 minutes of brisk walking each week.");
            assertThat(searcher.search(SearchQuery.of("strengthening", "en", 5))).isEmpty();
        }
    }

    @Test
    void replaceRemovesDocumentsMissingFromTheBatch() throws IOException {
        List<Document> docs = TinyCorpus.documents();
        ingest(docs, false);
        List<Document> kept = docs.stream().filter(d -> !d.id().equals("tiny-stroke")).toList();

        IngestReport report = ingest(kept, true);

        assertThat(report.published()).isTrue();
        assertThat(report.documentsRemoved()).isEqualTo(1);
        assertThat(report.documentsIndexed()).isZero();
        assertThat(report.totalDocuments()).isEqualTo(kept.size());
        try (CollectionSearcher searcher = searcher()) {
            assertThat(searcher.search(SearchQuery.of("stroke warning signs", "en", 5)))
                    .noneSatisfy(p -> assertThat(p.passage().docId()).isEqualTo("tiny-stroke"));
        }
        assertThat(generations()).hasSize(1);
    }

    @Test
    void namedRemovalsLeaveTheRestOfTheCollectionAlone() throws IOException {
        List<Document> docs = TinyCorpus.documents();
        ingest(docs, false);
        Document exercise = docs.stream().filter(d -> d.id().equals("tiny-exercise")).findFirst().orElseThrow();

        IngestReport report = ingestor().ingest(COLLECTION, List.of(withText(exercise, "Brisk walking every day.")),
                java.util.Set.of("tiny-stroke", "never-indexed", "tiny-exercise"), IngestProgress.NONE);

        assertThat(report.documentsRemoved()).isEqualTo(1);
        assertThat(report.documentsIndexed()).isEqualTo(1);
        assertThat(report.totalDocuments()).isEqualTo(docs.size() - 1);
        try (CollectionSearcher searcher = searcher()) {
            assertThat(searcher.search(SearchQuery.of("stroke warning signs", "en", 5)))
                    .noneSatisfy(p -> assertThat(p.passage().docId()).isEqualTo("tiny-stroke"));
            assertThat(searcher.search(SearchQuery.of("brisk walking", "en", 5)))
                    .anySatisfy(p -> assertThat(p.passage().docId()).isEqualTo("tiny-exercise"));
        }
    }

    @Test
    void thePublishersUpdateDateIsStoredButAnUnchangedTextKeepsItsFirstDate() throws IOException {
        Document exercise = TinyCorpus.documents().stream().filter(d -> d.id().equals("tiny-exercise")).findFirst().orElseThrow();
        ingest(List.of(dated(exercise, java.time.LocalDate.of(2026, 11, 1))), false);

        IngestReport again = ingest(List.of(dated(exercise, java.time.LocalDate.of(2026, 12, 1))), false);

        assertThat(again.documentsUnchanged()).isEqualTo(1);
        try (CollectionSearcher searcher = searcher()) {
            assertThat(searcher.search(SearchQuery.of("physical activity", "en", 5))).first()
                    .satisfies(p -> assertThat(p.passage().updatedOn()).isEqualTo(java.time.LocalDate.of(2026, 11, 1)));
        }
    }

    private static Document dated(Document d, java.time.LocalDate updatedOn) {
        return new Document(d.id(), d.title(), d.language(), d.publisher(), d.url(), d.sections(), d.synonyms(),
                d.codes(), d.review(), d.sources(), updatedOn);
    }

    @Test
    void withoutReplaceMissingDocumentsStay() throws IOException {
        List<Document> docs = TinyCorpus.documents();
        ingest(docs, false);

        IngestReport report = ingest(docs.subList(0, 2), false);

        assertThat(report.published()).isFalse();
        assertThat(report.totalDocuments()).isEqualTo(docs.size());
    }

    @Test
    void duplicateIdsKeepTheLastAndWarn() throws IOException {
        Document exercise = TinyCorpus.documents().stream().filter(d -> d.id().equals("tiny-exercise")).findFirst().orElseThrow();

        IngestReport report = ingest(List.of(exercise, withText(exercise, "Second copy wins.")), false);

        assertThat(report.documentsRead()).isEqualTo(1);
        assertThat(report.warnings()).singleElement().asString().contains("tiny-exercise");
        try (CollectionSearcher searcher = searcher()) {
            assertThat(searcher.search(SearchQuery.of("second copy", "en", 5)))
                    .extracting(p -> p.passage().text()).containsExactly("Second copy wins.");
        }
    }

    @Test
    void changingTheEmbeddingModelReembedsEverything() throws IOException {
        List<Document> docs = TinyCorpus.documents();
        new Ingestor(new CollectionStore(dataDir), Embedder.none(), Chunker.standard())
                .ingest(COLLECTION, docs, false, IngestProgress.NONE);

        IngestReport report = ingest(docs, false);

        assertThat(report.published()).isTrue();
        assertThat(report.documentsIndexed()).isEqualTo(docs.size());
        assertThat(report.warnings()).singleElement().asString().contains("none", HashingEmbeddingModel.NAME);
        assertThat(store.manifest(COLLECTION).orElseThrow().dimension()).isEqualTo(model.dimension());
    }

    @Test
    void secondConcurrentBuildOnTheSameCollectionFailsFast() throws Exception {
        CountDownLatch embedding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        EmbeddingModel blocking = new EmbeddingModel() {
            @Override
            public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
                embedding.countDown();
                try {
                    release.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return model.embedAll(segments);
            }
        };
        CollectionStore sharedStore = new CollectionStore(dataDir);
        Ingestor slow = new Ingestor(sharedStore, new Embedder(blocking, HashingEmbeddingModel.NAME, ""), Chunker.standard());
        CompletableFuture<IngestReport> first = CompletableFuture.supplyAsync(() -> {
            try {
                return slow.ingest(COLLECTION, TinyCorpus.documents(), false, IngestProgress.NONE);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            assertThat(embedding.await(20, TimeUnit.SECONDS)).isTrue();
            long start = System.nanoTime();

            assertThatThrownBy(() -> ingest(TinyCorpus.documents(), false))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("another ingest");
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(2000);
        } finally {
            release.countDown();
        }
        assertThat(first.get(20, TimeUnit.SECONDS).published()).isTrue();
        assertThat(ingest(TinyCorpus.documents(), false).published()).isFalse();
    }

    @Test
    void progressReportsDocumentsAndPassages() throws IOException {
        List<int[]> updates = new ArrayList<>();
        List<Document> docs = TinyCorpus.documents();

        ingestor().ingest(COLLECTION, docs, false, (done, total, passages, nanos) -> updates.add(new int[] {done, total, passages}));

        assertThat(updates).isNotEmpty();
        assertThat(updates.getLast()).containsExactly(docs.size(), docs.size(), store.manifest(COLLECTION).orElseThrow().passages());
    }

    private CollectionSearcher searcher() {
        return new CollectionSearcher(store, COLLECTION, Embedder.none(), SearchSettings.defaults(), Map.of());
    }
}
