package org.salus.assistant.cli;

import java.io.PrintStream;
import org.salus.kb.index.IngestProgress;

/** Prints ingest progress (documents, passages, rate, time left) at most once a second. */
final class Progress implements IngestProgress {

    private final PrintStream out;
    private long lastPrint;
    private boolean printed;

    Progress(PrintStream out) {
        this.out = out;
    }

    @Override
    public void update(int docsDone, int docsTotal, int passagesDone, long elapsedNanos) {
        if (elapsedNanos - lastPrint < 1_000_000_000L && docsDone < docsTotal) {
            return;
        }
        lastPrint = elapsedNanos;
        double seconds = elapsedNanos / 1e9;
        double rate = seconds > 0 ? passagesDone / seconds : 0;
        double docsPerSecond = seconds > 0 ? docsDone / seconds : 0;
        long eta = docsPerSecond > 0 ? Math.round((docsTotal - docsDone) / docsPerSecond) : 0;
        out.printf("\r  documents %d/%d  passages %d  %.1f passages/s  ETA %d:%02d   ", docsDone, docsTotal, passagesDone,
                rate, eta / 60, eta % 60);
        out.flush();
        printed = true;
    }

    void finish() {
        if (printed) {
            out.println();
        }
    }
}
