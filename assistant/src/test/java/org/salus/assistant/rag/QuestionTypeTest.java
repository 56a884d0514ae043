package org.salus.assistant.rag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionTypeTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Can you be cured of lupus?                          | TREATMENT
            How can I stop heart palpitations?                  | TREATMENT
            Does dystonia go away?                              | PROGNOSIS
            Are benign brain tumors serious?                    | PROGNOSIS
            What is the outlook for Testicular Cancer?          | PROGNOSIS
            What are the symptoms of lupus?                     | SYMPTOMS
            What are the signs of a stroke?                     | SYMPTOMS
            What causes gout?                                   | CAUSE
            Who is at risk for colorectal cancer?               | CAUSE
            How to prevent heart attack?                        | PREVENTION
            How much ibuprofen can I take?                      | DOSAGE
            What is the difference between a cold and the flu?  | COMPARISON
            Are pressure sores and pressure ulcers the same?    | COMPARISON
            How to diagnose skin cancer?                        | DIAGNOSIS
            What is lupus?                                      | DEFINITION
            Tell me about vitamin D                             | GENERAL
            ¿Se puede curar el lupus?                           | TREATMENT
            ¿Cómo se trata la gota?                             | TREATMENT
            ¿Cuánto dura la culebrilla?                         | PROGNOSIS
            ¿Es grave la neumonía?                              | PROGNOSIS
            ¿Cuáles son los síntomas de la gota?                | SYMPTOMS
            ¿Qué causa la gota?                                 | CAUSE
            ¿Cómo puedo prevenir la gripe?                      | PREVENTION
            ¿Cuántos mg de ibuprofeno puede tomar un adulto?    | DOSAGE
            ¿Cuál es la diferencia entre el resfriado y la gripe? | COMPARISON
            ¿Qué es la gota?                                    | DEFINITION
            """)
    void readsWhatKindOfAnswerIsAsked(String question, QuestionType expected) {
        assertThat(QuestionType.of(question)).isEqualTo(expected);
    }

    @Test
    void recognisesASentenceThatGivesTheKindOfAnswer() {
        assertThat(QuestionType.TREATMENT.answeredBy("There is no cure for lupus, but medicines can help control it."))
                .isTrue();
        assertThat(QuestionType.PROGNOSIS.answeredBy("Most people recover within three weeks.")).isTrue();
        assertThat(QuestionType.SYMPTOMS.answeredBy("Los síntomas más comunes son: fiebre; tos.")).isTrue();
        assertThat(QuestionType.DOSAGE.answeredBy("The heart has four chambers.")).isFalse();
    }
}
