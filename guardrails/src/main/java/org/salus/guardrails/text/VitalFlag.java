package org.salus.guardrails.text;

import java.util.List;
import java.util.Map;

/**
 * One vital-sign red flag of {@code vitals.yaml}: bounds on the numbers of {@link VitalSigns} and the urgency they
 * call for.
 *
 * @param bounds     per sign, {@code [min, max]} (either may be infinite)
 * @param ageUnknown whether the flag also fires when no age is stated although it bounds the age
 */
public record VitalFlag(String id, String urgency, String topic, List<String> categories,
                        Map<VitalSigns.Sign, double[]> bounds, boolean ageUnknown) {

    public VitalFlag {
        categories = List.copyOf(categories);
        bounds = Map.copyOf(bounds);
    }

    public boolean matches(VitalSigns signs) {
        boolean any = false;
        for (Map.Entry<VitalSigns.Sign, double[]> b : bounds.entrySet()) {
            var value = signs.get(b.getKey());
            if (value.isEmpty()) {
                if (b.getKey() == VitalSigns.Sign.AGE && ageUnknown) {
                    continue;
                }
                return false;
            }
            if (value.get() < b.getValue()[0] || value.get() > b.getValue()[1]) {
                return false;
            }
            any |= b.getKey() != VitalSigns.Sign.AGE;
        }
        return any;
    }

    /** The flag as a triage rule, so the turn's facts and the decision name it like any other red flag. */
    public Rule asRule() {
        return new Rule(id, categories, urgency, topic, List.of(), List.of(), true);
    }
}
