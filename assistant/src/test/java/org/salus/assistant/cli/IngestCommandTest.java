package org.salus.assistant.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salus.kb.index.CollectionStore;

class IngestCommandTest {

    @TempDir
    Path dataDir;

    @Test
    void aReviewDateWithoutAReviewerIsRefusedBeforeAnythingIsIndexed() throws IOException {
        Path tsv = Files.writeString(dataDir.resolve("docs.tsv"), "d1\tSome health text about sleep.\n");

        int status = Commands.run("ingest", new String[] {"--format", "tsv", "--path", tsv.toString(),
                "--data-dir", dataDir.toString(), "--embedding", "none", "--reviewed-on", "2026-11-23"});

        assertThat(status).isEqualTo(2);
        assertThat(new CollectionStore(dataDir).current("default")).isEmpty();
    }
}
