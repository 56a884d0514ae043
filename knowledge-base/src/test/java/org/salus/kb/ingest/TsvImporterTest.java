package org.salus.kb.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.salus.kb.Document;

class TsvImporterTest {

    private final ImportResult result = Fixtures.read("tsv", "tsv");

    @Test
    void readsTwoAndThreeColumnLinesFromPlainAndGzippedFiles() {
        assertThat(result.documents())
                .extracting(Document::id, Document::title, d -> d.sections().getFirst().text())
                .containsExactly(
                        tuple("tsvgz-1", "Gzipped title", "Text from a gzipped file."),
                        tuple("tsvgz-2", "tsvgz-2", "Second gzipped line."),
                        tuple("tsv-1", "tsv-1", "Drink water when you exercise in hot weather."),
                        tuple("tsv-2", "Sunscreen", "Use sunscreen with SPF 30 or higher."),
                        tuple("tsv-3", "Hand washing", "Wash your hands for at least 20 seconds."));
    }

    @Test
    void lineWithoutTabIsAProblemNamingFileAndLine() {
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(Fixtures.fileName(p)).isEqualTo("passages.tsv");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("1 field(s)");
        });
    }
}
