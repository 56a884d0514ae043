package org.salus.assistant.modes;

import java.util.Map;

/** Milliseconds per stage, summed when a stage runs more than once. */
final class Stopwatch {

    private Stopwatch() {
    }

    static long lap(Map<String, Long> timings, String stage, long start) {
        long now = System.nanoTime();
        timings.merge(stage, (now - start) / 1_000_000, Long::sum);
        return now;
    }

    static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
