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

    /**
     * The harm head's threshold for a request the category heads place in {@code category}: requests outside
     * medicine (code, fraud, weapons, harassment) have look-alikes in games and fiction, and may be
     * given a higher threshold ({@code harm-outside-medicine}) than those about medicines, poisons and patients.
     */
    public double harmThreshold(String category) {
        return HeadSpec.OUTSIDE_MEDICINE.contains(category)
                ? data.number("learned.threshold.harm-outside-medicine", threshold("harm")) : threshold("harm");
    }

    /**
     * The threshold the app applies to a message: a head may have a {@code -long} variant for messages long enough
     * to be read in sentence windows.
     */
    public double threshold(String head, int messageChars) {
        boolean windowed = messageChars >= data.number("learned.windows.min-chars", 280);
        return windowed ? data.number("learned.threshold." + head + "-long", threshold(head)) : threshold(head);
    }

    /** One line per head with a target: its recall with the rules at the thresholds the app applies. */
    List<String> systemRecalls(Map<String, Calibration> calibrations) {
        List<String> out = new ArrayList<>();
        new java.util.TreeMap<>(calibrations).forEach((head, c) -> {
            double target = data.number("learned.target-recall." + head, -1);
            if (target >= 0) {
                out.add(String.format(Locale.ROOT, "%s: rules or head at the app's thresholds (by message length) "
                        + "recall %s, target %.2f", head, c.systemRecall(x -> threshold(head, x.text().length())),
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
            double recall = e.getValue().systemRecall(x -> threshold(head, x.text().length())).percent() / 100;
            if (recall < target) {
                misses.add(String.format(Locale.ROOT, "%s recall with the rules %.3f < %.3f at threshold %.3f (the"
                        + " head alone reaches it at %.3f)", e.getKey(), recall, target, threshold(e.getKey()),
                        e.getValue().thresholdFor(target)));
            }
        }
        return misses;
    }
}
