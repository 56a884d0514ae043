package org.salus.guardrails.eval;

import java.util.Locale;

/** A count of hits out of a total, printed as a percentage with its 95% Wilson score interval. */
public record Rate(int hits, int total) {

    public double percent() {
        return total == 0 ? 0 : 100.0 * hits / total;
    }

    public Rate plus(boolean hit) {
        return new Rate(hits + (hit ? 1 : 0), total + 1);
    }

    public Rate plus(Rate other) {
        return new Rate(hits + other.hits, total + other.total);
    }

    public static Rate empty() {
        return new Rate(0, 0);
    }

    /** Lower and upper bound of the 95% Wilson score interval, in percent. */
    public double[] wilson() {
        if (total == 0) {
            return new double[] {0, 100};
        }
        double z = 1.959964;
        double p = (double) hits / total;
        double denominator = 1 + z * z / total;
        double centre = (p + z * z / (2.0 * total)) / denominator;
        double half = z * Math.sqrt(p * (1 - p) / total + z * z / (4.0 * total * total)) / denominator;
        return new double[] {100 * Math.max(0, centre - half), 100 * Math.min(1, centre + half)};
    }

    @Override
    public String toString() {
        if (total == 0) {
            return "n/a";
        }
        double[] ci = wilson();
        return String.format(Locale.ROOT, "%.1f%% (%d/%d) [%.1f–%.1f]", percent(), hits, total, ci[0], ci[1]);
    }
}
