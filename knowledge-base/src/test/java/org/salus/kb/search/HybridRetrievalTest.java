package org.salus.kb.search;

import org.salus.kb.embed.Embedder;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.salus.kb.TinyCorpus;

class HybridRetrievalTest {

    @TempDir
    static Path dataDir;
    static GoldenRetrieval golden;

    @BeforeAll
    static void index() {
        golden = new GoldenRetrieval(dataDir, Embedder.bgeSmall());
    }

    @AfterAll
    static void close() throws IOException {
        golden.close();
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            brain attack                                   | en | tiny-stroke
            myocardial infarction                          | en | tiny-heart-attack
            MI                                             | en | tiny-heart-attack
            What are the warning signs of a stroke?        | en | tiny-stroke
            How much exercise should adults get each week? | en | tiny-exercise
            crushing pain in my chest                      | en | tiny-heart-attack
            how many minutes of walking do I need          | en | tiny-exercise
            """)
    void ranksTheRightDocumentFirst(String query, String language, String expected) {
        assertThat(golden.documents(query, language)).first().isEqualTo(expected);
    }

    @Test
    void spanishQueryFindsOnlyTheSpanishDocument() {
        assertThat(golden.documents("¿Cuáles son las señales de un ictus?", "es")).containsExactly("tiny-ictus-es");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            influenza vaccines every autumn
            measles is a very contagious disease caused by a virus
            high blood pressure often has no symptoms
            """)
    void vectorSearchNeverReachesExpiredDraftOrRetiredDocuments(String query) {
        assertThat(golden.documents(query, "en"))
                .isNotEmpty()
                .doesNotContainAnyElementsOf(TinyCorpus.NOT_SERVABLE);
    }

    @Test
    void reportsCosineOfEveryVectorHit() {
        var hits = golden.passages("warning signs of a stroke", "en", 3);
        assertThat(hits).isNotEmpty().allSatisfy(h -> assertThat(h.cosine()).isBetween(-1.0, 1.0));
        assertThat(hits.getFirst().cosine()).isGreaterThan(hits.getLast().cosine());
    }
}
