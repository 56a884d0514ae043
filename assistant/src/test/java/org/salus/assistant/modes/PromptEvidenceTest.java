package org.salus.assistant.modes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.salus.assistant.rag.Evidence;
import org.salus.assistant.rag.Question;
import org.salus.kb.search.ScoredPassage;

class PromptEvidenceTest {

    private static final Question QUESTION = new Question("What are the warning signs of a stroke?", "en", null, List.of());
    private static final List<ScoredPassage> CANDIDATES = IntStream.rangeClosed(1, 7)
            .mapToObj(i -> JudgeTest.passage("stroke#" + i, "stroke", "Stroke warning signs include numbness " + i
                    + ". The car park has " + i + " hundred spaces."))
            .toList();
    private static final Evidence EVIDENCE = new Evidence(List.of(CANDIDATES.get(2), CANDIDATES.get(0)), true);

    @Test
    void compressedAnswersFromTheEvidenceAndPromptsWithItsBearingSentences() {
        var shown = PromptEvidence.COMPRESSED.show(QUESTION, EVIDENCE, CANDIDATES);

        assertThat(shown.evidence()).isEqualTo(EVIDENCE);
        assertThat(shown.prompt().passages()).extracting(p -> p.passage().text())
                .containsExactly("Stroke warning signs include numbness 3.", "Stroke warning signs include numbness 1.");
        assertThat(shown.tokens().compressed()).isLessThan(shown.tokens().naiveTop5());
    }

    @Test
    void top5AnswersFromAndPromptsWithTheFiveBestCandidatesWhole() {
        var shown = PromptEvidence.TOP5.show(QUESTION, EVIDENCE, CANDIDATES);

        assertThat(shown.evidence().passages()).isEqualTo(CANDIDATES.subList(0, 5));
        assertThat(shown.prompt()).isEqualTo(shown.evidence());
        assertThat(shown.evidence().relevant()).isTrue();
        assertThat(shown.tokens()).isEqualTo(PromptEvidence.COMPRESSED.show(QUESTION, EVIDENCE, CANDIDATES).tokens());
    }
}
