package org.salus.guardrails.eval;

import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;

/** Prints the evaluation's lines, ticking each target met and remembering whether any was missed. */
final class Report {

    private final PrintStream out;
    private boolean targetsMet = true;

    Report(PrintStream out) {
        this.out = out;
    }

    void heading(String title) {
        out.println();
        out.println("## " + title);
    }

    void info(String text) {
        out.println("  " + text);
    }

    /** A measured line with its target ({@code met}) and the published figure or note beside it. */
    void line(String what, Object ours, String reference, boolean met) {
        targetsMet &= met;
        out.printf("  %s %-56s %-34s %s%n", met ? "✓" : "✗", what, ours, reference);
    }

    void atLeast(String what, Rate rate, double percent, String reference) {
        line(what, rate, "target ≥ " + trim(percent) + "%" + (reference.isEmpty() ? "" : "; " + reference),
                rate.total() == 0 || rate.percent() >= percent);
    }

    void atMost(String what, Rate rate, double percent, String reference) {
        line(what, rate, "target ≤ " + trim(percent) + "%" + (reference.isEmpty() ? "" : "; " + reference),
                rate.total() == 0 || rate.percent() <= percent);
    }

    void informational(String what, Rate rate) {
        out.printf("    %-56s %s%n", what, rate);
    }

    void breakdown(String what, Map<String, Rate> rates) {
        new TreeMap<>(rates).forEach((k, r) -> informational(what + " " + k, r));
    }

    boolean targetsMet() {
        return targetsMet;
    }

    void finish() {
        out.println();
        out.println(targetsMet ? "All targets met." : "Some targets missed (marked ✗).");
    }

    private static String trim(double percent) {
        return percent == Math.rint(percent) ? String.valueOf((long) percent) : String.valueOf(percent);
    }
}
