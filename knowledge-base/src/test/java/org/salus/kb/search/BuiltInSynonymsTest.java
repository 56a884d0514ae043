package org.salus.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BuiltInSynonymsTest {

    private final Synonyms english = Synonyms.builtIn("en");
    private final Synonyms spanish = Synonyms.builtIn("es");

    @Test
    void shipsListsForBothLanguages() {
        assertThat(english.size()).isGreaterThan(100);
        assertThat(spanish.size()).isGreaterThan(100);
    }

    @Test
    void linksLayAndClinicalNames() {
        assertThat(english.expansions("brain attack")).contains("stroke");
        assertThat(english.expansions("myocardial infarction")).contains("heart attack");
        assertThat(english.expansions("had an MI last year")).contains("heart attack");
        assertThat(spanish.expansions("ataque al corazón")).contains("infarto");
    }

    @Test
    void lowerCaseMiIsNotTheAbbreviation() {
        assertThat(english.expansions("mi corazón late rápido")).doesNotContain("heart attack");
        assertThat(spanish.expansions("mi corazón late rápido")).doesNotContain("infarto");
    }
}
