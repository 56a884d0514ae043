package org.salus.guardrails.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NormalizedTextTest {

    static final NegationRules NEGATION = new NegationRules(Set.of("no", "not", "sin", "denies", "isnt"),
            Set.of(".", ",", "but", "pero"), 5);

    @Test
    void foldsCaseAccentsApostrophesAndPunctuation() {
        assertThat(NormalizedText.fold("¿Qué PASA? I'm 38.5°C, can't-sleep"))
                .isEqualTo(" . que pasa . im 38.5°c , cant sleep ");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "no chest pain|chest pain|false",
        "chest pain, no fever|chest pain|true",
        "no fever but chest pain|chest pain|true",
        "sin fiebre|fiebre|false",
        "the patient denies chest pain|chest pain|false",
        "he isnt breathing|isnt breathing|true",
        "no headache, chest pain, palpitations or fainting|chest pain|false",
        "no headache, chest pain, palpitations or fainting|fainting|false",
        "no fever, chest pain since this morning|chest pain|true",
        "sin fiebre, tos ni dolor de pecho|dolor de pecho|false",
        "no rash, but chest pain or fainting|chest pain|true"})
    void respectsNegationScope(String text, String phrase, boolean affirmed) {
        NormalizedText t = NormalizedText.of(text, NEGATION);
        assertThat(t.containsAffirmed(Phrase.compile(phrase))).isEqualTo(affirmed);
    }

    @Test
    void matchesOnlyWholeWords() {
        NormalizedText t = NormalizedText.of("the pain is in my chestnut tree", NEGATION);
        assertThat(t.containsAffirmed(Phrase.compile("chest"))).isFalse();
    }
}
