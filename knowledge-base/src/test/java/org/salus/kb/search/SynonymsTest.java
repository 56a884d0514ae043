package org.salus.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.salus.kb.TinyCorpus;

class SynonymsTest {

    private final Synonyms synonyms = TinyCorpus.synonyms();

    @Test
    void multiWordLayPhraseExpandsToClinicalNames() {
        assertThat(synonyms.expansions("what are the signs of a brain attack?"))
                .containsExactly("stroke", "cerebrovascular accident", "CVA");
    }

    @Test
    void clinicalPhraseExpandsToLayName() {
        assertThat(synonyms.expansions("Myocardial Infarction recovery"))
                .containsExactly("heart attack", "MI");
    }

    @Test
    void upperCaseAbbreviationExpands() {
        assertThat(synonyms.expansions("recovering after an MI")).containsExactly("heart attack", "myocardial infarction");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            mi corazón late muy rápido
            Mi padre tuvo un infarto
            """)
    void abbreviationIsCaseSensitiveSoSpanishMiDoesNotExpand(String text) {
        assertThat(synonyms.expansions(text)).isEmpty();
    }

    @Test
    void prefersTheLongestPhraseAndDropsTheQueryOwnWords() {
        assertThat(synonyms.expansions("high blood pressure and stroke"))
                .containsExactly("hypertension", "brain attack", "cerebrovascular accident", "CVA");
    }

    @Test
    void ignoresAccentsAndPunctuationWhenMatching(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("es.txt");
        Files.writeString(file, "# lista de prueba\nataque cerebral|ictus|accidente cerebrovascular\nsolo un término\n");
        Synonyms spanish = Synonyms.empty().withFile(file);

        assertThat(spanish.size()).isEqualTo(1);
        assertThat(spanish.expansions("¿Qué es un ICTUS?")).containsExactly("ataque cerebral", "accidente cerebrovascular");
        assertThat(spanish.expansions("Accidente cerebro-vascular")).isEmpty();
        assertThat(spanish.expansions("accidente cerebrovascular")).containsExactly("ataque cerebral", "ictus");
    }

    @Test
    void emptyListExpandsNothing() {
        assertThat(Synonyms.empty().expansions("heart attack")).isEmpty();
    }
}
