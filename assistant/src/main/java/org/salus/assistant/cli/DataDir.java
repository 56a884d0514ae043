package org.salus.assistant.cli;

import java.nio.file.Path;

/** Resolves the data directory as the contract orders it: {@code --data-dir}, then {@code SALUS_DATA_DIR}, then {@code ./data}. */
final class DataDir {

    private DataDir() {
    }

    static Path resolve(Path option) {
        if (option != null) {
            return option;
        }
        String env = System.getenv("SALUS_DATA_DIR");
        return env == null || env.isBlank() ? Path.of("data") : Path.of(env);
    }
}
