package org.salus.assistant.cli;

import java.io.PrintStream;
import org.salus.assistant.corpus.MedlinePlusSite;

/** Prints how much of a download has arrived and how fast, at most once a second. */
final class DownloadProgress implements MedlinePlusSite.DownloadProgress {

    private final PrintStream out;
    private final long start = System.nanoTime();
    private long lastPrint = start;
    private boolean printed;

    DownloadProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public void update(long bytes) {
        long now = System.nanoTime();
        if (now - lastPrint < 1_000_000_000L) {
            return;
        }
        lastPrint = now;
        print(bytes, now);
    }

    @Override
    public void finish(long bytes) {
        print(bytes, System.nanoTime());
        if (printed) {
            out.println();
        }
    }

    private void print(long bytes, long now) {
        double seconds = Math.max((now - start) / 1e9, 1e-3);
        out.printf("\r  downloaded %.1f MB  %.1f MB/s   ", bytes / 1048576.0, bytes / 1048576.0 / seconds);
        out.flush();
        printed = true;
    }
}
