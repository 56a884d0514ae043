package org.salus.assistant.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToolsIngestTest {

    private static final Path SHARED = Path.of(System.getProperty("salus.shared", "../../shared"));

    @TempDir
    Path dataDir;

    @Test
    void ingestWritesTheExerciseTableUnderTheDataDirectory() {
        Path db = SHARED.resolve("data/exercises/free-exercise-db.exercises.json");
        assumeTrue(Files.isRegularFile(db), "needs " + db + " (../shared/data)");

        int status = Commands.run("ingest", new String[] {"--format", "exercises-json", "--path", db.toString(),
                "--data-dir", dataDir.toString()});

        assertThat(status).isZero();
        assertThat(dataDir.resolve("tools/exercises.json")).isRegularFile();
    }

    @Test
    void aMissingSourceFailsWithoutTouchingTheDataDirectory() {
        int status = Commands.run("ingest", new String[] {"--format", "usda-sr28", "--path", dataDir.resolve("absent").toString(),
                "--data-dir", dataDir.toString()});

        assertThat(status).isEqualTo(2);
        assertThat(dataDir.resolve("tools/nutrition.tsv.gz")).doesNotExist();
    }
}
