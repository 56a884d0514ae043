package org.salus.kb.index;

/** Receives progress of a long ingest so a user sees documents, passages, rate and time left. */
@FunctionalInterface
public interface IngestProgress {

    IngestProgress NONE = (docsDone, docsTotal, passagesDone, elapsedNanos) -> { };

    void update(int docsDone, int docsTotal, int passagesDone, long elapsedNanos);
}
