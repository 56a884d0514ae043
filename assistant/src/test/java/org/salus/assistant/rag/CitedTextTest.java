package org.salus.assistant.rag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CitedTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Stroke needs emergency care [1].          | Stroke needs emergency care. | 1",
            "Stroke needs emergency care. [1]          | Stroke needs emergency care. | 1",
            "Stroke needs emergency care.[1]           | Stroke needs emergency care. | 1",
            "Stroke needs emergency care [1, 2].       | Stroke needs emergency care. | 1 2",
            "Stroke needs emergency care [1; 3].       | Stroke needs emergency care. | 1 3",
            "Stroke needs emergency care [1][3].       | Stroke needs emergency care. | 1 3",
            "Stroke needs emergency care. [1] [3]      | Stroke needs emergency care. | 1 3",
            "Stroke [2] needs emergency care [1].      | Stroke needs emergency care. | 2 1",
            "Stroke needs emergency care.              | Stroke needs emergency care. | ''",
    })
    void readsMarkersInsideOrAfterTheFullStop(String text, String sentence, String citations) {
        List<AnswerSentence> parsed = CitedText.parse(text, "en");

        assertThat(parsed).hasSize(1);
        assertThat(parsed.getFirst().text()).isEqualTo(sentence);
        assertThat(parsed.getFirst().citations()).isEqualTo(citations.isBlank() ? List.of()
                : java.util.Arrays.stream(citations.split(" ")).map(Integer::valueOf).toList());
    }

    @Test
    void markerAfterAFullStopBelongsToTheSentenceBeforeIt() {
        List<AnswerSentence> parsed = CitedText.parse("Stroke is an emergency. [1] Call for help at once. [2]", "en");

        assertThat(parsed).containsExactly(new AnswerSentence("Stroke is an emergency.", List.of(1)),
                new AnswerSentence("Call for help at once.", List.of(2)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Stroke is an emergency. [1] Call             | 'Stroke is an emergency. [1] '",
            "Stroke is an emergency [1]. Call             | 'Stroke is an emergency [1]. '",
            "Stroke is an emergency. [                    | ''",
            "Stroke is an emergency. [1                   | ''",
            "Stroke is an emergency. [1]                  | ''",
            "Stroke is an emergency. [1] [                | ''",
            "Use a cold pack, e.g. Ice                    | ''",
            "Doses of 1.5 mg                              | ''",
    })
    void settlesOnlySentencesLaterTextCannotChange(String streamed, String settled) {
        assertThat(streamed.substring(0, CitedText.settled(streamed, "en"))).isEqualTo(settled);
    }
}
