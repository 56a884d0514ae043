package org.salus.kb.index;

import java.time.Duration;
import java.util.List;

/** What an ingest did: how much was new, changed, unchanged or removed, and what the collection holds now. */
public record IngestReport(
        String collection,
        int documentsRead,
        int documentsIndexed,
        int documentsUnchanged,
        int documentsRemoved,
        int passagesIndexed,
        int totalDocuments,
        int totalPassages,
        Duration took,
        boolean published,
        List<String> warnings) {

    public double passagesPerSecond() {
        double seconds = took.toNanos() / 1e9;
        return seconds <= 0 ? 0 : passagesIndexed / seconds;
    }
}
