package org.salus.guardrails.eval;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints the evaluation's lines. Each measured line carries the goal the project aims at and a floor: ✓ marks a
 * goal met, ~ a goal not yet met with the floor held, ✗ a floor broken. Only a broken floor fails the suite, so CI
 * catches any regression while the distance to each goal stays visible.
 */
final class Report {

    private final PrintStream out;
    private int goals;
    private int goalsMet;
    private int floorsBroken;

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

    /** A rate that should reach {@code goal} percent and must not fall below {@code floor} percent. */
    void atLeast(String what, Rate rate, double goal, double floor, String reference) {
        measured(what, rate, "goal ≥ " + trim(goal) + "%" + (floor < goal ? ", floor " + trim(floor) + "%" : ""),
                reference, rate.total() == 0 || rate.percent() >= goal,
                rate.total() == 0 || rate.percent() >= floor);
    }

    void atLeast(String what, Rate rate, double goal, String reference) {
        atLeast(what, rate, goal, goal, reference);
    }

    /** A rate that should stay at or below {@code goal} percent and must not rise above {@code ceiling} percent. */
    void atMost(String what, Rate rate, double goal, double ceiling, String reference) {
        measured(what, rate, "goal ≤ " + trim(goal) + "%" + (ceiling > goal ? ", ceiling " + trim(ceiling) + "%" : ""),
                reference, rate.total() == 0 || rate.percent() <= goal,
                rate.total() == 0 || rate.percent() <= ceiling);
    }

    void atMost(String what, Rate rate, double goal, String reference) {
        atMost(what, rate, goal, goal, reference);
    }

    private void measured(String what, Rate rate, String target, String reference, boolean goalMet,
                          boolean floorHeld) {
        goals++;
        goalsMet += goalMet ? 1 : 0;
        floorsBroken += floorHeld ? 0 : 1;
        out.printf("  %s %-56s %-34s %s%s%n", goalMet ? "✓" : floorHeld ? "~" : "✗", what, rate, target,
                reference.isEmpty() ? "" : "; " + reference);
    }

    void informational(String what, Rate rate) {
        out.printf("    %-56s %s%n", what, rate);
    }

    void breakdown(String what, Map<String, Rate> rates) {
        new TreeMap<>(rates).forEach((k, r) -> informational(what + " " + k, r));
    }

    /** True when no floor is broken. */
    boolean floorsHeld() {
        return floorsBroken == 0;
    }

    void finish() {
        out.println();
        out.printf(Locale.ROOT, "Goals met: %d of %d. %s%n", goalsMet, goals, floorsBroken == 0
                ? "No floor broken." : floorsBroken + " floor(s) broken (marked ✗): a regression.");
    }

    private static String trim(double percent) {
        return percent == Math.rint(percent) ? String.valueOf((long) percent) : String.valueOf(percent);
    }
}
