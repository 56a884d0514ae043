package org.salus.assistant.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalisedTextTest {

    private final LocalisedText texts = LocalisedText.load("salus/texts");

    @Test
    void givesTheSentenceInTheAskedLanguageAndEnglishOtherwise() {
        assertThat(texts.get("en", "demo-content")).isEqualTo("Some sources are demo content, not clinically reviewed.");
        assertThat(texts.get("es", "demo-content")).isEqualTo("Algunas fuentes son contenido de demostración, sin revisión clínica.");
        assertThat(texts.get("fr", "demo-content")).isEqualTo(texts.get("en", "demo-content"));
        assertThat(texts.get(null, "demo-content")).isEqualTo(texts.get("en", "demo-content"));
    }

    @Test
    void fillsPlaceholdersByName() {
        assertThat(texts.get("en", "image.question.medicine", "name", "ibuprofen"))
                .isEqualTo("What is ibuprofen used for, and how is ibuprofen used safely?");
        assertThat(texts.get("es", "image.read", "items", "ibuprofeno 200 mg")).isEqualTo("En la imagen leí: ibuprofeno 200 mg.");
    }

    @Test
    void ownDoesNotFallBackToEnglish() {
        LocalisedText phrases = LocalisedText.load("salus/tools/phrases");
        assertThat(phrases.own("es", "equipment.dumbbell")).contains("mancuernas");
        assertThat(phrases.own("es", "no.such.key")).isEmpty();
    }

    @Test
    void aMissingKeyOrFileIsAnError() {
        assertThatThrownBy(() -> texts.get("en", "no.such.key")).hasMessageContaining("no.such.key");
        assertThatThrownBy(() -> LocalisedText.load("salus/nothing")).hasMessageContaining("salus/nothing_en.properties");
    }

    /** The bundles once read through {@link ResourceBundle} read the same through the one loader, key by key. */
    @ParameterizedTest
    @CsvSource({"salus/privacy, en", "salus/privacy, es", "salus/voice, en", "salus/voice, es"})
    void readsWhatResourceBundleRead(String name, String language) {
        ResourceBundle bundle = ResourceBundle.getBundle(name, Locale.forLanguageTag(language));
        LocalisedText loaded = LocalisedText.load(name);
        assertThat(bundle.keySet()).isNotEmpty().allSatisfy(key ->
                assertThat(loaded.get(language, key)).isEqualTo(bundle.getString(key)));
    }
}
