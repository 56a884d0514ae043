package org.salus.guardrails.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhraseTest {

    @Test
    void readsWordOpeningsFromLiteralAlternativesAndGroups() {
        assertThat(Phrase.heads("chest pain|(sudden|severe) headache|vomit\\w*")).containsExactlyInAnyOrder(
                "ch", "su", "se", "vo");
    }

    @Test
    void givesUpWhenAnOpeningIsNotLiteral() {
        assertThat(Phrase.heads("\\d+ weeks")).isNull();
        assertThat(Phrase.heads("(a )?baby")).isNull();
        assertThat(Phrase.heads("ab?c")).isNull();
        assertThat(Phrase.heads("^ what")).isNull();
    }

    @Test
    void matchesTheSameWithOrWithoutTheOpeningFilter() {
        NormalizedText t = NormalizedText.of("my son has sudden severe headache", NormalizedTextTest.NEGATION);
        assertThat(t.containsAffirmed(Phrase.compile("(sudden|severe) headache"))).isTrue();
        assertThat(t.containsAffirmed(Phrase.compile("(mild|slight) headache"))).isFalse();
    }
}
