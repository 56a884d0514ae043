package org.salus.kb.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salus.kb.TinyCorpus;

class MedlinePlusTopicsFileTest {

    @TempDir
    Path dir;

    @Test
    void summarisesTheFileDateAndTopicsPerLanguage() throws Exception {
        var summary = MedlinePlusTopicsFile.inspect(
                TinyCorpus.resource("importers/medlineplus-xml/mplus_topics_fixture.xml"));

        assertThat(summary.generatedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(summary.topics("en")).isEqualTo(2);
        assertThat(summary.topics("es")).isEqualTo(1);
    }

    @Test
    void refusesATruncatedFile() {
        assertThatThrownBy(() -> MedlinePlusTopicsFile.inspect(
                TinyCorpus.resource("importers/medlineplus-xml-truncated/mplus_topics_truncated.xml")))
                .isInstanceOf(MedlinePlusTopicsFile.Invalid.class).hasMessageContaining("not well-formed");
    }

    @Test
    void refusesAnotherKindOfXml() throws IOException {
        Path file = write("<?xml version=\"1.0\"?><html><body>Service unavailable</body></html>");

        assertThatThrownBy(() -> MedlinePlusTopicsFile.inspect(file))
                .isInstanceOf(MedlinePlusTopicsFile.Invalid.class).hasMessageContaining("root element is <html>");
    }

    @Test
    void refusesAFileHoldingFewerTopicsThanItDeclares() throws IOException {
        Path file = write("""
                <health-topics total="2" date-generated="12/01/2026 01:00:00">
                <health-topic id="1" title="A" language="English"><full-summary>x</full-summary></health-topic>
                </health-topics>""");

        assertThatThrownBy(() -> MedlinePlusTopicsFile.inspect(file))
                .isInstanceOf(MedlinePlusTopicsFile.Invalid.class).hasMessageContaining("declares 2 topics but holds 1");
    }

    @Test
    void refusesAnUndatedFile() throws IOException {
        Path file = write("<health-topics total=\"0\"></health-topics>");

        assertThatThrownBy(() -> MedlinePlusTopicsFile.inspect(file))
                .isInstanceOf(MedlinePlusTopicsFile.Invalid.class).hasMessageContaining("date-generated");
    }

    private Path write(String xml) throws IOException {
        return Files.writeString(dir.resolve("mplus_topics_test.xml"), xml);
    }
}
