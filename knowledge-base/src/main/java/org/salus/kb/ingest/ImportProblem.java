package org.salus.kb.ingest;

import java.nio.file.Path;

/** A record that could not be imported, located by file and line so the operator can fix it. */
public record ImportProblem(Path file, long line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
