package org.salus.guardrails.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.salus.guardrails.data.PolicyData;

/**
 * The decision thresholds on the heads' calibrated probabilities and the out-of-fold recall each must reach, from
 * {@code learned.yaml} (part of the versioned policy set).
 */
public record LearnedThresholds(PolicyData data) {

    public static LearnedThresholds from(PolicyData data) {
        return new LearnedThresholds(data);
    }

    public double threshold(String head) {
        return data.number("learned.threshold." + head, 0.5);
    }

    /** Heads whose configured threshold reaches less than their target recall out of fold. */
    List<String> check(Map<String, Calibration> calibrations) {
        List<String> misses = new ArrayList<>();
        for (Map.Entry<String, Calibration> e : calibrations.entrySet()) {
            double target = data.number("learned.target-recall." + e.getKey(), -1);
            if (target < 0) {
                continue;
            }
            double recall = e.getValue().recall(threshold(e.getKey())).percent() / 100;
            if (recall < target) {
                misses.add(String.format(Locale.ROOT, "%s recall %.3f < %.3f at threshold %.3f (a threshold of %.3f"
                        + " would reach it)", e.getKey(), recall, target, threshold(e.getKey()),
                        e.getValue().thresholdFor(target)));
            }
        }
        return misses;
    }
}
