package org.salus.guardrails.learn;

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
        return HeadNames.OUTSIDE_MEDICINE.contains(category)
                ? data.number("learned.threshold.harm-outside-medicine", threshold("harm")) : threshold("harm");
    }

    /**
     * The threshold the app applies to a message: a head may have a {@code -long} variant for messages long enough
     * to count as long (forum posts rather than chat messages).
     */
    public double threshold(String head, int messageChars) {
        boolean windowed = messageChars >= longMessageChars();
        return windowed ? data.number("learned.threshold." + head + "-long", threshold(head)) : threshold(head);
    }

    /** From this many characters a message counts as long (forum posts rather than chat messages). */
    public int longMessageChars() {
        return (int) data.number("learned.long-message-chars", 280);
    }
}
