package org.salus.guardrails.training;

import org.salus.guardrails.learn.*;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.salus.guardrails.eval.Rate;

/**
 * Out-of-fold calibrated probabilities of one head with their labels: the calibration curve, the thresholds that
 * reach given recalls, and recall by voice and language at a chosen threshold, with Wilson intervals.
 */
record Calibration(List<Example> examples, boolean[] labels, double[] probabilities, boolean[] caughtByRules) {

    Rate recall(double threshold) {
        Rate r = Rate.empty();
        for (int i = 0; i < labels.length; i++) {
            if (labels[i]) {
                r = r.plus(probabilities[i] >= threshold);
            }
        }
        return r;
    }

    /**
     * The system's recall: a positive counts when the rules already catch it or the head reaches the threshold the
     * app applies to that message (which may depend on its length).
     */
    Rate systemRecall(java.util.function.ToDoubleFunction<Example> threshold) {
        Rate r = Rate.empty();
        for (int i = 0; i < labels.length; i++) {
            if (labels[i]) {
                r = r.plus(caughtByRules[i] || probabilities[i] >= threshold.applyAsDouble(examples.get(i)));
            }
        }
        return r;
    }

    private Rate rulesRecall() {
        Rate r = Rate.empty();
        for (int i = 0; i < labels.length; i++) {
            if (labels[i]) {
                r = r.plus(caughtByRules[i]);
            }
        }
        return r;
    }

    Rate falsePositives(double threshold) {
        Rate r = Rate.empty();
        for (int i = 0; i < labels.length; i++) {
            if (!labels[i]) {
                r = r.plus(probabilities[i] >= threshold);
            }
        }
        return r;
    }

    /** The highest threshold whose recall is at least {@code target}. */
    double thresholdFor(double target) {
        double[] positives = new double[labels.length];
        int n = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i]) {
                positives[n++] = probabilities[i];
            }
        }
        if (n == 0) {
            return 0.5;
        }
        double[] sorted = Arrays.copyOf(positives, n);
        Arrays.sort(sorted);
        int allowedMisses = (int) Math.floor((1 - target) * n);
        return sorted[Math.min(allowedMisses, n - 1)];
    }

    double auc() {
        long pairs = 0;
        double wins = 0;
        for (int i = 0; i < labels.length; i++) {
            if (!labels[i]) {
                continue;
            }
            for (int j = 0; j < labels.length; j++) {
                if (labels[j]) {
                    continue;
                }
                pairs++;
                wins += probabilities[i] > probabilities[j] ? 1 : probabilities[i] == probabilities[j] ? 0.5 : 0;
            }
        }
        return pairs == 0 ? Double.NaN : wins / pairs;
    }

    void print(PrintStream out, String name, double threshold) {
        Rate positives = recall(0);
        out.printf(Locale.ROOT, "## %s: %d messages, %d positive, out-of-fold AUC %.4f%n", name, labels.length,
                positives.total(), auc());
        out.println("  calibration (predicted probability bin → observed positive rate):");
        for (int bin = 0; bin < 10; bin++) {
            Rate observed = Rate.empty();
            for (int i = 0; i < labels.length; i++) {
                if (Math.min(9, (int) (probabilities[i] * 10)) == bin) {
                    observed = observed.plus(labels[i]);
                }
            }
            out.printf(Locale.ROOT, "    %.1f–%.1f  %s%n", bin / 10.0, (bin + 1) / 10.0, observed);
        }
        for (double target : new double[] {0.90, 0.95, 0.97, 0.99}) {
            double t = thresholdFor(target);
            out.printf(Locale.ROOT, "  recall ≥ %.2f at threshold %.3f: false positives %s%n", target, t,
                    falsePositives(t));
        }
        out.printf(Locale.ROOT, "  at the configured threshold %.3f: recall %s, false positives %s%n", threshold,
                recall(threshold), falsePositives(threshold));
        out.printf(Locale.ROOT, "  caught by the rules alone: %s; rules or head at the configured threshold: %s%n",
                rulesRecall(), systemRecall(e -> threshold));
        by(out, "voice", Example::voice, threshold);
        by(out, "lang", Example::lang, threshold);
        out.println();
    }

    private void by(PrintStream out, String what, Function<Example, String> key, double threshold) {
        Map<String, Rate[]> groups = new TreeMap<>();
        for (int i = 0; i < labels.length; i++) {
            Rate[] r = groups.computeIfAbsent(key.apply(examples.get(i)),
                    k -> new Rate[] {Rate.empty(), Rate.empty()});
            boolean hit = probabilities[i] >= threshold;
            if (labels[i]) {
                r[0] = r[0].plus(hit);
            } else {
                r[1] = r[1].plus(hit);
            }
        }
        groups.forEach((k, r) -> out.printf(Locale.ROOT, "    %s %-14s recall %-32s false positives %s%n", what, k,
                r[0], r[1]));
    }
}
