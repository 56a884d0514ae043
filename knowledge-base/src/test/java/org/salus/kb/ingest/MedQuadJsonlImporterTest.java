package org.salus.kb.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.salus.kb.Document;

class MedQuadJsonlImporterTest {

    private final ImportResult result = Fixtures.read("medquad-jsonl", "medquad");

    @Test
    void answeredPairsBecomeDocumentsNamedLikeMedQuadJudgments() {
        assertThat(result.documents()).extracting(Document::id)
                .containsExactly("NHLBI_0000123_Sec1", "CancerGov_0000124_2_Sec7");
    }

    @Test
    void focusIsTheTitleAndTheQuestionTheSectionHeading() {
        Document anemia = Fixtures.byId(result).get("NHLBI_0000123_Sec1");
        Document skin = Fixtures.byId(result).get("CancerGov_0000124_2_Sec7");

        assertThat(anemia.title()).isEqualTo("Anemia");
        assertThat(anemia.publisher()).isEqualTo("National Heart, Lung, and Blood Institute");
        assertThat(anemia.synonyms()).containsExactly("Low red blood cell count");
        assertThat(anemia.sections()).singleElement().satisfies(s -> {
            assertThat(s.heading()).isEqualTo("What is (are) Anemia ?");
            assertThat(s.text()).isEqualTo("Anemia is a condition in which your blood has a lower than normal number "
                    + "of red blood cells.\n\nIt can make you feel tired and weak.");
        });
        assertThat(skin.title()).isEqualTo("What are the treatments for skin cancer ?");
    }

    @Test
    void nullAndBlankAnswersAreSkippedSilentlyButBrokenLinesAreReported() {
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).startsWith("not valid JSON");
        });
    }
}
