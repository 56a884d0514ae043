package org.salus.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CitationSupportTest {

    private static final CitationSupport CHECK = new CitationSupport(Map.of(
            "stroke#0.0", "Stroke Symptoms Sudden numbness or weakness of the face, arm or leg is a warning sign of stroke.",
            "exercise#0.0", "Exercise Adults Adults need at least 150 minutes of moderate activity each week."));

    @Test
    void countsAQuotedSentenceAsSupported() {
        var count = CHECK.check("Sudden numbness of the face is a warning sign of stroke [1].", Map.of(1, "stroke#0.0"));
        assertThat(count).isEqualTo(new CitationSupport.Count(1, 1));
    }

    @Test
    void rejectsANumberThePassageDoesNotState() {
        var count = CHECK.check("Adults need at least 300 minutes of moderate activity each week [1].", Map.of(1, "exercise#0.0"));
        assertThat(count).isEqualTo(new CitationSupport.Count(1, 0));
    }

    @Test
    void rejectsASentenceMostlyAbsentFromItsPassage() {
        var count = CHECK.check("Stroke is caused by eating too much sugar at breakfast [1].", Map.of(1, "stroke#0.0"));
        assertThat(count).isEqualTo(new CitationSupport.Count(1, 0));
    }

    @Test
    void rejectsACitationOfTheWrongPassage() {
        var count = CHECK.check("Adults need at least 150 minutes of moderate activity each week [1].", Map.of(1, "stroke#0.0"));
        assertThat(count).isEqualTo(new CitationSupport.Count(1, 0));
        assertThat(CHECK.check("Adults need at least 150 minutes of activity [2].", Map.of(1, "exercise#0.0")).supported())
                .as("a marker with no citation behind it").isZero();
    }

    @Test
    void countsOnlySentencesEndingInMarkersAndJudgesEachByItsOwnCitations() {
        String answer = "Warning signs\nSudden weakness of the arm is a warning sign of stroke [1]. "
                + "Adults need 150 minutes of moderate activity each week [2]. I don't have more on that.";
        var count = CHECK.check(answer, Map.of(1, "stroke#0.0", 2, "exercise#0.0"));
        assertThat(count).isEqualTo(new CitationSupport.Count(2, 2));
    }
}
