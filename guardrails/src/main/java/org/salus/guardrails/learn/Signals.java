package org.salus.guardrails.learn;

import java.util.Map;
import java.util.Optional;
import org.salus.guardrails.decision.Urgency;

/**
 * What the learned heads concluded about one message, already compared with the thresholds of {@code learned.yaml}:
 * the riskiest reading over the whole message and its sentence windows.
 *
 * @param urgency     the heads' urgency, meaningful only when a situation is described
 * @param crisisWatch the crisis head reached the lower watch threshold: enough to add crisis lines to a refusal
 * @param crisisClear the crisis and acute heads are both confidently negative (below {@code crisis-clear} and
 *                    {@code acute}): a crisis-word rule that matched only mentions the subject (a question, grief,
 *                    a recovery story, sport or song) and yields to them
 * @param harm        the harm category when a harmful request is recognised
 * @param probability each head's calibrated probability (for traces and evaluation, never logged with text)
 */
public record Signals(boolean situation, Urgency urgency, boolean crisis, boolean acute, boolean crisisWatch,
                      boolean crisisClear,
                      Optional<String> harm, Map<String, Double> probability) {

    public static final Signals NONE = new Signals(false, Urgency.NONE, false, false, false, false, Optional.empty(),
            Map.of());

    public Signals {
        probability = Map.copyOf(probability);
    }
}
