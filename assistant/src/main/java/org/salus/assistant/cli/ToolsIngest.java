package org.salus.assistant.cli;

import java.nio.file.Path;
import org.salus.assistant.tools.ToolsImport;

/** Runs the health-tool imports ({@code usda-sr28}, {@code exercises-json}) for {@code ./salus ingest}. */
final class ToolsIngest {

    private ToolsIngest() {
    }

    static int run(String format, Path path, Path dataDir) {
        if (!java.nio.file.Files.exists(path)) {
            System.err.println("No such file or folder: " + path);
            return 2;
        }
        try {
            System.err.println("Reading " + path + " as " + format + " …");
            ToolsImport.Result result = ToolsImport.run(format, path, DataDir.resolve(dataDir));
            System.out.printf("%s: %d records written to %s; restart serve to use them%n", format, result.records(), result.file());
            return 0;
        } catch (java.nio.file.NoSuchFileException e) {
            System.err.println(format + " import failed: missing " + e.getFile());
            return 1;
        } catch (IllegalArgumentException | java.io.IOException | java.io.UncheckedIOException e) {
            System.err.println(format + " import failed: " + e.getMessage());
            return 1;
        }
    }
}
