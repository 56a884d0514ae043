package org.salus.kb.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.salus.kb.Document;
import org.salus.kb.Document.Section;

class MedlinePlusJsonlImporterTest {

    private final ImportResult result = Fixtures.read("medlineplus-jsonl", "medlineplus-jsonl");

    @Test
    void englishPlainSummaryBreaksIntoParagraphsAtRunsOfSpaces() {
        Document heat = Fixtures.byId(result).get("mplus-0000901");

        assertThat(heat.language()).isEqualTo("en");
        assertThat(heat.publisher()).isEqualTo("MedlinePlus, U.S. National Library of Medicine");
        assertThat(heat.synonyms()).containsExactly("Heat exhaustion", "Heat stroke");
        assertThat(heat.sections()).singleElement().satisfies(s -> {
            assertThat(s.heading()).isEqualTo("Heat illness");
            assertThat(s.text().split("\n\n")).containsExactly(
                    "Your body normally cools itself by sweating. During hot weather, this is sometimes not enough.",
                    "Heat illness warning signs include:",
                    "- Heavy sweating",
                    "- Dizziness",
                    "- Nausea",
                    "Drink plenty of water and rest in a cool place.");
        });
    }

    @Test
    void spanishMarkdownSummaryKeepsBulletsAndHeadings() {
        Document golpe = Fixtures.byId(result).get("golpe-de-calor");

        assertThat(golpe.language()).isEqualTo("es");
        assertThat(golpe.sections()).extracting(Section::heading, Section::text).containsExactly(
                tuple("Golpe de calor", "El cuerpo se enfría al sudar. Con mucho calor, a veces no es suficiente."
                        + "\n\n- Sudoración intensa\n\n- Mareo"),
                tuple("Qué hacer", "Beba agua y descanse en un lugar fresco."));
    }

    @Test
    void badLinesAreProblemsWithLineNumbersAndTheRestIsImported() {
        assertThat(result.documents()).extracting(Document::id)
                .containsExactly("mplus-0000901", "golpe-de-calor", "mplus-0000902");
        assertThat(result.problems()).extracting(ImportProblem::line).containsExactly(3L, 4L);
        assertThat(result.problems().get(0).message()).startsWith("not valid JSON");
        assertThat(result.problems().get(1).message()).contains("no-summary");
    }
}
