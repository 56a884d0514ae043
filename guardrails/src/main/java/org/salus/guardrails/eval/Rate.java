package org.salus.guardrails.eval;

/** A count of hits out of a total, printed as a percentage. */
record Rate(int hits, int total) {

    double percent() {
        return total == 0 ? 0 : 100.0 * hits / total;
    }

    Rate plus(boolean hit) {
        return new Rate(hits + (hit ? 1 : 0), total + 1);
    }

    static Rate empty() {
        return new Rate(0, 0);
    }

    @Override
    public String toString() {
        return total == 0 ? "n/a" : String.format(java.util.Locale.ROOT, "%.1f%% (%d/%d)", percent(), hits, total);
    }
}
