package org.salus.kb.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.salus.kb.Document;
import org.salus.kb.Document.Code;

class MedlinePlusXmlImporterTest {

    @Test
    void readsHealthTopicsInNlmBulkSchema() {
        ImportResult result = Fixtures.read("medlineplus-xml", "medlineplus-xml");
        Document stroke = Fixtures.byId(result).get("mplus-1001");

        assertThat(result.documents()).extracting(Document::id).containsExactly("mplus-1001", "mplus-2002");
        assertThat(stroke.title()).isEqualTo("Stroke");
        assertThat(stroke.url()).isEqualTo("https://medlineplus.gov/stroke.html");
        assertThat(stroke.language()).isEqualTo("en");
        assertThat(stroke.publisher()).isEqualTo("MedlinePlus, U.S. National Library of Medicine");
        assertThat(stroke.synonyms()).containsExactly("Brain attack", "CVA", "Cerebrovascular Accident");
        assertThat(stroke.codes()).containsExactly(
                new Code("MESH", "D020521", "Stroke"), new Code("MESH", "D002561", "Cerebrovascular Disorders"));
    }

    @Test
    void datesEachTopicByTheFileNlmGeneratedAndClaimsNoReview() {
        Document stroke = Fixtures.byId(Fixtures.read("medlineplus-xml", "medlineplus-xml")).get("mplus-1001");

        assertThat(stroke.updatedOn()).isEqualTo(java.time.LocalDate.of(2026, 11, 20));
        assertThat(stroke.review().reviewer()).isNull();
        assertThat(stroke.review().reviewedOn()).isNull();
    }

    @Test
    void unescapesTheFullSummaryIntoParagraphsWithoutSiteText() {
        Document stroke = Fixtures.byId(Fixtures.read("medlineplus-xml", "medlineplus-xml")).get("mplus-1001");

        assertThat(stroke.sections()).hasSize(1);
        assertThat(stroke.sections().getFirst().text()).isEqualTo("""
                A stroke is a medical emergency. It happens when blood stops flowing to part of the brain.

                Warning signs & what to do:

                - Sudden numbness of the face

                - Sudden trouble seeing

                Call 911 right away.""");
        assertThat(stroke.sections().getFirst().text()).doesNotContain("Site text", "Aphasia", "Brain and Nerves");
    }

    @Test
    void readsSpanishTopicsAsSpanish() {
        Document asma = Fixtures.byId(Fixtures.read("medlineplus-xml", "medlineplus-xml")).get("mplus-2002");

        assertThat(asma.language()).isEqualTo("es");
        assertThat(asma.sections().getFirst().text()).isEqualTo("El asma es una enfermedad crónica de los pulmones.");
        assertThat(asma.codes()).containsExactly(new Code("MESH", "D001249", "Asthma"));
    }

    @Test
    void topicWithoutSummaryIsAProblemOnItsLine() {
        ImportResult result = Fixtures.read("medlineplus-xml", "medlineplus-xml");

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(26);
            assertThat(p.message()).contains("1003", "full-summary");
        });
    }

    @Test
    void truncatedFileKeepsTopicsBeforeTheBreakAndNamesTheLine() {
        ImportResult result = Fixtures.read("medlineplus-xml", "medlineplus-xml-truncated");

        assertThat(result.documents()).extracting(Document::id).containsExactly("mplus-1101");
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(Fixtures.fileName(p)).isEqualTo("mplus_topics_truncated.xml");
            assertThat(p.line()).isGreaterThanOrEqualTo(11);
            assertThat(p.message()).startsWith("malformed XML");
        });
    }
}
