package org.salus.kb.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.salus.kb.Document;

class BeirImporterTest {

    private final ImportResult result = Fixtures.read("beir", "beir");

    @Test
    void readsIdTitleAndTextOfCorpusLines() {
        assertThat(result.documents())
                .extracting(Document::id, Document::title, d -> d.sections().getFirst().text())
                .containsExactly(
                        tuple("MED-10", "Statin use and breast cancer survival",
                                "Recent studies have suggested that statins may have anticancer effects."),
                        tuple("MED-14", "MED-14", "A study without a title."));
    }

    @Test
    void lineWithoutTextIsAProblemOnItsLine() {
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("'text'");
        });
    }
}
