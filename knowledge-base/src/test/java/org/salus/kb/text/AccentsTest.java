package org.salus.kb.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccentsTest {

    @Test
    void foldsSpanishAccentsAndTheTildeButKeepsCase() {
        assertThat(Accents.strip("Está el Médico? Niño")).isEqualTo("Esta el Medico? Nino");
    }

    @Test
    void decomposesCompatibilityLigatures() {
        assertThat(Accents.strip("ﬁebre")).isEqualTo("fiebre");
    }
}
