package org.salus.assistant.infobutton;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Atom and JSON renderings of an Infobutton feed, and the code-system lookups. */
class InfobuttonFeedTest {

    private static final Feed FEED = new Feed("urn:x", "http://localhost/infobutton", "en", "Results for <I63.9>",
            Instant.parse("2026-11-23T10:00:00Z"), List.of(new Feed.Category("mainSearchCriteria.v.c", "I63.9")),
            List.of(new Topic("tiny-stroke", "Stroke & TIA", "https://example.org/stroke?a=1&b=2", "Test", "en",
                    "Sudden <weakness>.", null, "demo", LocalDate.parse("2026-01-10"))));

    @Test
    void atomEscapesTextAndCarriesEntries() {
        String xml = FeedAtom.render(FEED);
        assertThat(xml).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"")
                .contains("Stroke &amp; TIA").contains("Sudden &lt;weakness&gt;.")
                .contains("href=\"https://example.org/stroke?a=1&amp;b=2\"")
                .contains("<category scheme=\"mainSearchCriteria.v.c\" term=\"I63.9\"")
                .contains("<id>tag:salus,tiny-stroke</id>");
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonHasMedlinePlusConnectShape() {
        Map<String, Object> feed = (Map<String, Object>) FeedJson.render(FEED).get("feed");
        assertThat(feed).containsKeys("title", "updated", "id", "author", "subtitle", "category", "entry");
        Map<String, Object> entry = ((List<Map<String, Object>>) feed.get("entry")).getFirst();
        assertThat(((Map<String, Object>) entry.get("title")).get("_value")).isEqualTo("Stroke & TIA");
        assertThat((List<Map<String, String>>) entry.get("link")).first()
                .satisfies(l -> assertThat(l.get("href")).isEqualTo("https://example.org/stroke?a=1&b=2"));
    }

    @Test
    void mapsOidsAndFhirUrisToCorpusSystems() {
        assertThat(CodeSystem.byOid("2.16.840.1.113883.6.90")).contains(CodeSystem.ICD_10_CM);
        assertThat(CodeSystem.byOid(" 2.16.840.1.113883.6.96 ")).contains(CodeSystem.SNOMED_CT);
        assertThat(CodeSystem.byOid("2.16.840.1.113883.6.88").orElseThrow().corpusName()).isEqualTo("RXNORM");
        assertThat(CodeSystem.byOid("2.16.840.1.113883.6.1")).contains(CodeSystem.LOINC);
        assertThat(CodeSystem.byOid("1.2.3")).isEmpty();
        assertThat(CodeSystem.byOid(null)).isEmpty();
        assertThat(CodeSystem.byUri("http://loinc.org")).contains(CodeSystem.LOINC);
    }
}
