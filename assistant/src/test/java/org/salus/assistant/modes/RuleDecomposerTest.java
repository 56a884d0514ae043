package org.salus.assistant.modes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RuleDecomposerTest {

    static List<Arguments> questions() {
        return List.of(
                Arguments.of("what causes migraine and how is it treated, and is it safe in pregnancy?",
                        List.of("What causes migraine?", "How is migraine treated?", "Is migraine safe in pregnancy?")),
                Arguments.of("What are the warning signs of a stroke? How is it treated?",
                        List.of("What are the warning signs of a stroke?", "How is stroke treated?")),
                Arguments.of("What causes high blood pressure; what can I eat?",
                        List.of("What causes high blood pressure?", "What can I eat (high blood pressure)?")),
                Arguments.of("What is the difference between a stroke and a heart attack?",
                        List.of("What is the difference between a stroke and a heart attack?")),
                Arguments.of("How much exercise should adults get each week?",
                        List.of("How much exercise should adults get each week?")),
                Arguments.of("¿Qué es un ictus y cómo se trata?", List.of("¿Qué es un ictus?", "Cómo se trata (ictus)?")));
    }

    @ParameterizedTest
    @MethodSource("questions")
    void splitsManyPartQuestionsAndCarriesTheSubject(String question, List<String> expected) {
        String language = question.startsWith("¿") ? "es" : "en";
        assertThat(RuleDecomposer.split(question, language)).containsExactlyElementsOf(expected);
    }

    @Test
    void neverMakesMoreThanFiveParts() {
        String many = String.join(" and ", java.util.Collections.nCopies(8, "what is a stroke"));
        assertThat(RuleDecomposer.split(many, "en")).hasSizeLessThanOrEqualTo(RuleDecomposer.MAX_PARTS);
    }
}
