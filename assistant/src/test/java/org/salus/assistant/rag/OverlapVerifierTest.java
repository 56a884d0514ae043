package org.salus.assistant.rag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.salus.kb.embed.Embedder;

class OverlapVerifierTest {

    private static final Evidence EVIDENCE = Fixtures.evidence(
            "Adults need at least 150 minutes of moderate aerobic activity each week.",
            "Chest pain or pressure is the most common heart attack symptom.");
    private final OverlapVerifier verifier = new OverlapVerifier(Embedder.none(), RagSettings.defaults().grounding());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Adults need 150 minutes of moderate aerobic activity each week. | 1   | true",
            "Chest pain is the most common heart attack symptom.             | 2   | true",
            "Chest pain is the most common heart attack symptom.             | 1 2 | true",
            "Chest pain is the most common heart attack symptom.             | 1   | false",
            "Adults need 300 minutes of moderate aerobic activity each week. | 1   | false",
            "Adults need 150 minutes of moderate aerobic activity each week. | 9   | false",
            "Adults need 150 minutes of moderate aerobic activity each week. | 1 9 | false",
            "Adults need 150 minutes of moderate aerobic activity each week. | 0   | false",
            "Adults need 150 minutes of moderate aerobic activity each week. | ''  | false",
    })
    void keepsOnlySentencesTheirCitedPassagesSupport(String text, String cited, boolean supported) {
        List<Integer> citations = cited.isBlank() ? List.of()
                : java.util.Arrays.stream(cited.split(" ")).map(Integer::valueOf).toList();

        assertThat(verifier.supported(new AnswerSentence(text, citations), EVIDENCE)).isEqualTo(supported);
    }

    @Test
    void verifyCountsTheSentencesItRemoves() {
        Draft draft = new Draft(List.of(
                new AnswerSentence("Adults need 150 minutes of moderate aerobic activity each week.", List.of(1)),
                new AnswerSentence("Adults need 90 minutes of moderate aerobic activity each week.", List.of(1)),
                new AnswerSentence("Chest pain is the most common heart attack symptom.", List.of())),
                "openai", "stub", List.of());

        Draft verified = verifier.verify(null, EVIDENCE, draft);

        assertThat(verified.sentences()).extracting(AnswerSentence::text)
                .containsExactly("Adults need 150 minutes of moderate aerobic activity each week.");
        assertThat(verified.notes()).containsExactly("2 unsupported sentence(s) removed");
    }
}
