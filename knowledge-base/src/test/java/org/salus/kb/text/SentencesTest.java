package org.salus.kb.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentencesTest {

    @Test
    void splitsAtSentenceEnds() {
        assertThat(Sentences.split("Drink water. Rest in the shade! Do you feel dizzy? Call a doctor.", "en"))
                .containsExactly("Drink water.", "Rest in the shade!", "Do you feel dizzy?", "Call a doctor.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Some medicines, e.g. ibuprofen, can upset your stomach. Take them with food.      | Some medicines, e.g. ibuprofen, can upset your stomach.
            Ask Dr. Smith about your dose. She will check your kidneys.                       | Ask Dr. Smith about your dose.
            Wash hands often, i.e. before eating. Soap works well.                            | Wash hands often, i.e. before eating.
            Measles is rare in the U.S. today. Vaccines keep it that way.                     | Measles is rare in the U.S. today.
            Consulte a la Dra. García si tiene fiebre. Beba mucha agua.                       | Consulte a la Dra. García si tiene fiebre.
            """)
    void abbreviationsDoNotEndASentence(String text, String first) {
        assertThat(Sentences.split(text, first.contains("Dra.") ? "es" : "en")).hasSize(2).first().isEqualTo(first);
    }

    @Test
    void initialsDoNotEndASentence() {
        assertThat(Sentences.split("The study was led by J. Smith in Boston. It ran for a year.", "en"))
                .containsExactly("The study was led by J. Smith in Boston.", "It ran for a year.");
    }

    @Test
    void unitsEndingInACapitalLetterDoEndASentence() {
        assertThat(Sentences.split("Low means below 4 mmol/L. A person who is awake should eat sugar.", "en"))
                .containsExactly("Low means below 4 mmol/L.", "A person who is awake should eat sugar.");
    }

    @Test
    void bulletsAreSentencesOfTheirOwnEvenWithoutFinalPunctuation() {
        assertThat(Sentences.split("Warning signs include:\n- chest pain\n- cold sweats\nCall 911.", "en"))
                .containsExactly("Warning signs include:", "- chest pain", "- cold sweats", "Call 911.");
    }

    @Test
    void paragraphsNeverMergeIntoOneSentence() {
        assertThat(Sentences.split("Heavy sweating\n\nDizziness", "en")).containsExactly("Heavy sweating", "Dizziness");
    }

    @Test
    void emptyTextHasNoSentences() {
        assertThat(Sentences.split("  \n ", "en")).isEmpty();
        assertThat(Sentences.split(null, "en")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            one                          | 1
            two  words                   | 2
            ' spaced   out  text here '  | 4
            ''                           | 0
            """)
    void countsWhitespaceSeparatedWords(String text, int words) {
        assertThat(Sentences.words(text)).isEqualTo(words);
    }
}
