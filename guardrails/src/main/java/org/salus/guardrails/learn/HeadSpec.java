package org.salus.guardrails.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * What one head learns: which training messages it sees and which of them are positive. The names are the ones
 * {@code learned.yaml} sets thresholds for.
 */
record HeadSpec(String name, Predicate<Example> includes, Predicate<Example> positive) {

    static final List<String> HARM_CATEGORIES = List.of("cbrn", "weapons", "violence", "drug_synthesis",
            "drug_diversion", "medical_ethics", "cyber", "fraud", "harassment", "misinformation");

    /** Harm categories whose requests are mostly outside medicine. */
    static final java.util.Set<String> OUTSIDE_MEDICINE = java.util.Set.of("weapons", "cyber", "fraud", "harassment");

    /** The contract's category names for what the harm heads recognise. */
    static final java.util.Map<String, String> CATEGORY_NAMES = java.util.Map.of("cbrn", "chemical_biological",
            "weapons", "weapons", "violence", "violence", "drug_synthesis", "illegal_drugs", "drug_diversion",
            "drug_diversion", "medical_ethics", "medical_ethics", "cyber", "cybercrime", "fraud", "illegal_activity",
            "harassment", "harassment", "misinformation", "misinformation");

    static List<HeadSpec> all() {
        List<HeadSpec> specs = new ArrayList<>(List.of(
                new HeadSpec("situation", e -> true, Example::situation),
                new HeadSpec("emergency", Example::plainSituation, e -> e.urgency().equals("emergency")),
                new HeadSpec("urgent", Example::plainSituation,
                        e -> e.urgency().equals("emergency") || e.urgency().equals("urgent")),
                new HeadSpec("routine", Example::plainSituation, e -> !e.urgency().equals("self_care")),
                new HeadSpec("crisis", e -> true, Example::inCrisis),
                new HeadSpec("acute", Example::inCrisis, e -> e.crisis().equals("acute")),
                new HeadSpec("harm", e -> true, Example::harmful)));
        for (String category : HARM_CATEGORIES) {
            specs.add(new HeadSpec("harm:" + category, Example::harmful, e -> e.harm().equals(category)));
        }
        return specs;
    }
}
