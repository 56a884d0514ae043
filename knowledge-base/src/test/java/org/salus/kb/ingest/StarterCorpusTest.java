package org.salus.kb.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.salus.kb.Document;
import org.salus.kb.ReviewStatus;

class StarterCorpusTest {

    private final ImportResult starter = StarterCorpus.load();

    @Test
    void everyListedDocumentLoadsWithoutProblems() {
        assertThat(starter.problems()).isEmpty();
        assertThat(starter.documents()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(starter.documents().stream().map(Document::id).distinct()).hasSameSizeAs(starter.documents());
    }

    @Test
    void everyDocumentIsUnreviewedDemoContentCitingItsSources() {
        assertThat(starter.documents()).allSatisfy(d -> {
            assertThat(d.review().status()).as(d.id()).isEqualTo(ReviewStatus.DEMO);
            assertThat(d.sources()).as(d.id()).isNotEmpty().allSatisfy(s -> assertThat(s.url()).startsWith("https://"));
            assertThat(d.review().reviewer()).as(d.id()).isNull();
            assertThat(d.review().reviewedOn()).as(d.id()).isNull();
            assertThat(d.servableOn(java.time.LocalDate.of(2026, 12, 7))).as(d.id()).isTrue();
        });
    }

    @Test
    void coversEnglishAndSpanish() {
        Map<String, Long> perLanguage = starter.documents().stream()
                .collect(Collectors.groupingBy(Document::language, Collectors.counting()));
        assertThat(perLanguage).containsOnlyKeys("en", "es");
        assertThat(perLanguage.get("en")).isGreaterThanOrEqualTo(40);
    }
}
