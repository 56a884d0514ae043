package org.salus.assistant.modes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.salus.assistant.rag.Evidence;
import org.salus.assistant.rag.Question;

class EvidenceCompressorTest {

    private static final Question QUESTION = new Question("What are the warning signs of a stroke?", "en", null, List.of());

    @Test
    void keepsOnlySentencesThatBearOnTheQuestionAndTheNumbering() {
        var stroke = JudgeTest.passage("stroke#1", "stroke", "Stroke warning signs include sudden numbness of the face. "
                + "The hospital has a car park with two hundred spaces. Visiting hours end at eight in the evening.");
        var other = JudgeTest.passage("exercise#1", "exercise", "Adults need regular activity. Walking counts as activity.");

        Evidence compressed = EvidenceCompressor.compress(QUESTION, new Evidence(List.of(stroke, other), true));

        assertThat(compressed.get(1).passage().text()).isEqualTo("Stroke warning signs include sudden numbness of the face.");
        assertThat(compressed.get(1).passage().id()).isEqualTo("stroke#1");
        assertThat(compressed.get(2).passage().text()).isEqualTo("Adults need regular activity.");
        assertThat(EvidenceCompressor.tokens(QUESTION.text(), compressed.passages()))
                .isLessThan(EvidenceCompressor.tokens(QUESTION.text(), List.of(stroke, other)));
    }

    @Test
    void estimatesOneTokenPerStartedSixCharactersOfEachWord() {
        assertThat(TokenEstimate.of("the hypertension  is  high")).isEqualTo(1 + 2 + 1 + 1);
    }
}
