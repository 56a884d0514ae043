package org.salus.kb.search;

import org.salus.kb.embed.Embedder;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.salus.kb.TinyCorpus;
import org.salus.kb.index.CollectionStore;

class LexicalRetrievalTest {

    @TempDir
    static Path dataDir;
    static GoldenRetrieval golden;

    @BeforeAll
    static void index() {
        golden = new GoldenRetrieval(dataDir, Embedder.none());
    }

    @AfterAll
    static void close() throws IOException {
        golden.close();
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            brain attack                                   | en | tiny-stroke tiny-heart-attack
            cerebrovascular accident                       | en | tiny-stroke
            myocardial infarction                          | en | tiny-heart-attack
            MI                                             | en | tiny-heart-attack
            what is an MI                                  | en | tiny-heart-attack
            What are the warning signs of a stroke?        | en | tiny-stroke
            How much exercise should adults get each week? | en | tiny-exercise
            ¿Cuáles son las señales de un ictus?           | es | tiny-ictus-es
            derrame cerebral                               | es | tiny-ictus-es
            """)
    void findsExactDocumentsAcrossLayAndClinicalWords(String query, String language, String expected) {
        assertThat(golden.documents(query, language)).containsExactly(expected.split(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            influenza vaccines every autumn | en
            old leaflet flu                 | en
            measles contagious virus        | en
            hypertension                    | en
            withdrawn                       | en
            """)
    void neverReturnsExpiredDraftOrRetiredDocuments(String query, String language) {
        assertThat(golden.documents(query, language)).isEmpty();
    }

    @Test
    void returnsApprovedAndDemoDocumentsWithTheirReviewStatus() {
        var exercise = golden.passages("150 minutes of moderate aerobic activity", "en", 1).getFirst().passage();
        var stroke = golden.passages("stroke warning signs", "en", 1).getFirst().passage();

        assertThat(exercise.docId()).isEqualTo("tiny-exercise");
        assertThat(exercise.reviewStatus()).isEqualTo("approved");
        assertThat(exercise.demo()).isFalse();
        assertThat(stroke.docId()).isEqualTo("tiny-stroke");
        assertThat(stroke.demo()).isTrue();
        assertThat(stroke.url()).isEqualTo("https://example.org/stroke");
        assertThat(stroke.section()).isEqualTo("Warning signs");
    }

    @Test
    void collectionHoldsOnlyServableDocumentsInResultsButIndexesAllForReview() {
        assertThat(golden.searcher().stats().documents())
                .isEqualTo(TinyCorpus.SERVABLE.size() + TinyCorpus.NOT_SERVABLE.size());
    }

    @Test
    void clinicalAbbreviationNeedsTheSynonymList(@TempDir Path otherDir) throws IOException {
        try (var plain = new GoldenRetrieval(otherDir, Embedder.none());
             var withoutList = new CollectionSearcher(new CollectionStore(otherDir), GoldenRetrieval.COLLECTION,
                     Embedder.none(), SearchSettings.defaults(), Map.of())) {
            assertThat(withoutList.search(SearchQuery.of("MI", "en", 5))).isEmpty();
            assertThat(plain.documents("MI", "en")).containsExactly("tiny-heart-attack");
        }
    }

    @Test
    void lowerCaseMiInSpanishTextIsNotTheAbbreviation() {
        assertThat(golden.documents("mi corazón", "en")).isEmpty();
    }

    @Test
    void spanishQueryStaysInSpanishDocuments() {
        List<ScoredPassage> hits = golden.passages("ictus accidente cerebrovascular stroke", "es", 10);
        assertThat(hits).isNotEmpty().allSatisfy(h -> assertThat(h.passage().language()).isEqualTo("es"));
    }
}
