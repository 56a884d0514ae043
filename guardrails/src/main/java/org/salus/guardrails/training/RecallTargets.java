package org.salus.guardrails.training;

import org.salus.guardrails.learn.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.salus.guardrails.data.PolicyData;
import org.salus.guardrails.learn.LearnedThresholds;

/**
 * The recall the build demands of the heads with a target in {@code learned.yaml}: the rules together with the
 * heads at the thresholds the app applies, out of fold.
 */
final class RecallTargets {

    private final PolicyData data;
    private final LearnedThresholds thresholds;

    RecallTargets(PolicyData data) {
        this.data = data;
        this.thresholds = LearnedThresholds.from(data);
    }

    /** One line per head with a target: its recall with the rules at the thresholds the app applies. */
    List<String> systemRecalls(Map<String, Calibration> calibrations) {
        List<String> out = new ArrayList<>();
        new java.util.TreeMap<>(calibrations).forEach((head, c) -> {
            double target = data.number("learned.target-recall." + head, -1);
            if (target >= 0) {
                out.add(String.format(Locale.ROOT, "%s: rules or head at the app's thresholds (by message length) "
                        + "recall %s, target %.2f", head, c.systemRecall(x -> thresholds.threshold(head, x.text().length())),
                        target));
            }
        });
        return out;
    }

    /**
     * Heads whose configured thresholds, together with the rules (the app takes the higher of the two), reach less
     * than their target recall out of fold.
     */
    List<String> check(Map<String, Calibration> calibrations) {
        List<String> misses = new ArrayList<>();
        for (Map.Entry<String, Calibration> e : calibrations.entrySet()) {
            double target = data.number("learned.target-recall." + e.getKey(), -1);
            if (target < 0) {
                continue;
            }
            String head = e.getKey();
            double recall = e.getValue().systemRecall(x -> thresholds.threshold(head, x.text().length())).percent() / 100;
            if (recall < target) {
                misses.add(String.format(Locale.ROOT, "%s recall with the rules %.3f < %.3f at threshold %.3f (the"
                        + " head alone reaches it at %.3f)", e.getKey(), recall, target, thresholds.threshold(e.getKey()),
                        e.getValue().thresholdFor(target)));
            }
        }
        return misses;
    }
}
