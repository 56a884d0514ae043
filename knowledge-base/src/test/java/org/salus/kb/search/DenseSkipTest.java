package org.salus.kb.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salus.kb.TinyCorpus;
import org.salus.kb.embed.Embedder;
import org.salus.kb.index.Chunker;
import org.salus.kb.index.CollectionStore;
import org.salus.kb.index.IngestProgress;
import org.salus.kb.index.Ingestor;

class DenseSkipTest {

    @TempDir
    static Path dataDir;
    static final AtomicInteger EMBEDDINGS = new AtomicInteger();
    static Embedder embedder;
    static CollectionStore store;

    @BeforeAll
    static void index() throws IOException {
        embedder = Embedder.bgeSmall().wrapping(DenseSkipTest::counting);
        store = new CollectionStore(dataDir);
        new Ingestor(store, embedder, Chunker.standard()).ingest("tiny", TinyCorpus.documents(), true, IngestProgress.NONE);
    }

    @AfterAll
    static void release() {
        embedder = null;
    }

    @BeforeEach
    void reset() {
        EMBEDDINGS.set(0);
    }

    @Test
    void marginIsTheBestHitsLeadOverTheSecondRelativeToTheBest() {
        assertThat(LexicalConfidence.margin(hits(10f, 4f, 1f))).isEqualTo(0.6, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(LexicalConfidence.margin(hits(3f, 3f))).isZero();
        assertThat(LexicalConfidence.margin(hits(7f))).as("nothing to compare with").isZero();
        assertThat(LexicalConfidence.margin(hits())).isZero();
    }

    @Test
    void byDefaultEveryQueryIsEmbeddedAndSearchedDensely() throws IOException {
        try (CollectionSearcher searcher = searcher(SearchSettings.defaults())) {
            var hits = searcher.search(SearchQuery.of("What are the warning signs of a stroke?", "en", 5));
            assertThat(EMBEDDINGS).hasValue(1);
            assertThat(hits).anySatisfy(h -> assertThat(h.semantic()).isPositive());
        }
    }

    @Test
    void aConfidentLexicalWinnerSkipsTheQueryEmbeddingAndDenseRetrieval() throws IOException {
        try (CollectionSearcher searcher = searcher(SearchSettings.defaults().withSkipDenseAt(1e-9))) {
            var hits = searcher.search(SearchQuery.of("What are the warning signs of a stroke?", "en", 5));
            assertThat(EMBEDDINGS).hasValue(0);
            assertThat(hits).isNotEmpty().allSatisfy(h -> {
                assertThat(h.semantic()).isZero();
                assertThat(h.cosine()).isNaN();
            });
            assertThat(hits.getFirst().passage().docId()).isEqualTo("tiny-stroke");
        }
    }

    @Test
    void aVectorBroughtByTheCallerIsNotUsedWhenLexicalIsConfident() throws IOException {
        float[] vector = embedder.query("What are the warning signs of a stroke?");
        EMBEDDINGS.set(0);
        try (CollectionSearcher skipping = searcher(SearchSettings.defaults().withSkipDenseAt(1e-9))) {
            var withVector = skipping.search(SearchQuery.of("What are the warning signs of a stroke?", "en", 5).withVector(vector));
            var without = skipping.search(SearchQuery.of("What are the warning signs of a stroke?", "en", 5));
            assertThat(EMBEDDINGS).hasValue(0);
            assertThat(withVector).allSatisfy(h -> assertThat(h.cosine()).isNaN());
            assertThat(withVector).extracting(h -> h.passage().id()).containsExactlyElementsOf(
                    without.stream().map(h -> h.passage().id()).toList());
        }
    }

    @Test
    void aQueryBm25CannotMatchIsStillEmbedded() throws IOException {
        try (CollectionSearcher searcher = searcher(SearchSettings.defaults().withSkipDenseAt(1e-9))) {
            var hits = searcher.search(SearchQuery.of("xylophone quartet", "en", 5));
            assertThat(EMBEDDINGS).hasValue(1);
            assertThat(hits).isNotEmpty();
        }
    }

    @Test
    void cutOffsOutsideZeroToOneAreRejected() {
        assertThatThrownBy(() -> SearchSettings.defaults().withSkipDenseAt(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SearchSettings.defaults().withSkipDenseAt(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    private static CollectionSearcher searcher(SearchSettings settings) {
        return new CollectionSearcher(store, "tiny", embedder, settings, Map.of("en", TinyCorpus.synonyms(), "es", Synonyms.empty()));
    }

    private static ScoreDoc[] hits(float... scores) {
        ScoreDoc[] hits = new ScoreDoc[scores.length];
        for (int i = 0; i < scores.length; i++) {
            hits[i] = new ScoreDoc(i, scores[i]);
        }
        return hits;
    }

    private static EmbeddingModel counting(EmbeddingModel model) {
        return new EmbeddingModel() {
            @Override
            public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
                EMBEDDINGS.incrementAndGet();
                return model.embedAll(segments);
            }

            @Override
            public int dimension() {
                return model.dimension();
            }
        };
    }
}
