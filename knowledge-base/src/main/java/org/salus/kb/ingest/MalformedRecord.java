package org.salus.kb.ingest;

/** A record an importer cannot read; caught per record and turned into an {@link ImportProblem}. */
final class MalformedRecord extends RuntimeException {

    private final long line;

    MalformedRecord(long line, String message) {
        super(message, null, false, false);
        this.line = line;
    }

    long line() {
        return line;
    }
}
