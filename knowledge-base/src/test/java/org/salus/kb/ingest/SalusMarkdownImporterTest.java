package org.salus.kb.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.salus.kb.Document;
import org.salus.kb.Document.Code;
import org.salus.kb.Document.Section;
import org.salus.kb.Document.SourceRef;
import org.salus.kb.ReviewStatus;

class SalusMarkdownImporterTest {

    private final ImportResult result = Fixtures.read("salus-md", "salus-md");

    @Test
    void readsFrontMatterProvenanceAndReview() {
        assertThat(result.documents()).hasSize(1);
        Document asthma = result.documents().getFirst();

        assertThat(asthma.id()).isEqualTo("fixture-asthma");
        assertThat(asthma.title()).isEqualTo("Asthma");
        assertThat(asthma.language()).isEqualTo("en");
        assertThat(asthma.publisher()).isEqualTo("Salus test corpus");
        assertThat(asthma.synonyms()).containsExactly("reactive airway disease");
        assertThat(asthma.codes()).containsExactly(new Code("ICD-10-CM", "J45.909", "Unspecified asthma"));
        assertThat(asthma.sources()).containsExactly(
                new SourceRef("Asthma", "Example Health Agency", "https://example.org/source/asthma"));
        assertThat(asthma.review().status()).isEqualTo(ReviewStatus.APPROVED);
        assertThat(asthma.review().reviewer()).isEqualTo("Dr. Test");
        assertThat(asthma.review().reviewedOn()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(asthma.servableOn(LocalDate.of(2027, 3, 1))).isTrue();
        assertThat(asthma.servableOn(LocalDate.of(2027, 3, 2))).isFalse();
    }

    @Test
    void headingsStartSectionsAndMarkupIsStripped() {
        Document asthma = result.documents().getFirst();

        assertThat(asthma.sections()).extracting(Section::heading)
                .containsExactly("Asthma", "Symptoms", "When to get help");
        assertThat(asthma.sections().get(1).text())
                .isEqualTo("- Wheezing\n\n- Coughing, especially at night\n\n- Shortness of breath");
        assertThat(asthma.sections().get(2).text())
                .isEqualTo("Get emergency care if a rescue inhaler does not help. See your clinic for a plan.");
    }

    @Test
    void aReviewDateWithoutAReviewerIsRefused() {
        assertThat(result.problems()).filteredOn(p -> Fixtures.fileName(p).equals("dated-without-reviewer.md"))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("needs a reviewer"));
    }

    @Test
    void everyFrontMatterMistakeNamesItsFileAndLine() {
        assertThat(result.problems())
                .extracting(Fixtures::fileName, ImportProblem::line)
                .containsExactlyInAnyOrder(
                        tuple("bad-status.md", 5L),
                        tuple("bad-yaml.md", 5L),
                        tuple("dated-without-reviewer.md", 5L),
                        tuple("missing-id.md", 1L),
                        tuple("unclosed.md", 1L));
    }

    @Test
    void problemMessagesSayWhatIsWrong() {
        assertThat(result.problems()).extracting(p -> Fixtures.fileName(p) + ": " + p.message())
                .anySatisfy(m -> assertThat(m).startsWith("bad-status.md").contains("published"))
                .anySatisfy(m -> assertThat(m).startsWith("bad-yaml.md").contains("not valid YAML")
                        .contains("line 4, column 14").contains("line 5, column 7"))
                .anySatisfy(m -> assertThat(m).startsWith("missing-id.md").contains("'id'"))
                .anySatisfy(m -> assertThat(m).startsWith("unclosed.md").contains("not closed"));
    }

    @Test
    void problemPrintsAsFileColonLine() {
        ImportProblem problem = result.problems().stream()
                .filter(p -> Fixtures.fileName(p).equals("bad-status.md")).findFirst().orElseThrow();
        assertThat(problem.toString()).endsWith("bad-status.md:5: " + problem.message());
    }
}
