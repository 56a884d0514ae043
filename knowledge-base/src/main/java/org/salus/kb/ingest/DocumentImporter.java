package org.salus.kb.ingest;

import java.nio.file.Path;

/** Reads one source format into documents; every format Salus ingests has exactly one importer. */
public interface DocumentImporter {

    /** The {@code --format} name, e.g. {@code salus-md}. */
    String format();

    /**
     * Reads every record under {@code path}. Malformed records never abort the batch: each becomes an
     * {@link ImportProblem} naming the file and line, and the rest is still imported.
     */
    ImportResult read(Path path, ImportOptions options);
}
