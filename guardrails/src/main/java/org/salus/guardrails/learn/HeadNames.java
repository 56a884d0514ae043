package org.salus.guardrails.learn;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The heads the layer has, by the names {@code learned.yaml} sets thresholds for, and the harm categories. */
public final class HeadNames {

    public static final List<String> MAIN = List.of("situation", "emergency", "urgent", "routine", "crisis", "acute",
            "harm");

    public static final List<String> HARM_CATEGORIES = List.of("cbrn", "weapons", "violence", "drug_synthesis",
            "drug_diversion", "medical_ethics", "cyber", "fraud", "harassment", "misinformation");

    /** Harm categories whose requests are mostly outside medicine. */
    public static final Set<String> OUTSIDE_MEDICINE = Set.of("weapons", "cyber", "fraud", "harassment");

    /** The contract's category names for what the harm heads recognise. */
    public static final Map<String, String> CATEGORY_NAMES = Map.of("cbrn", "chemical_biological",
            "weapons", "weapons", "violence", "violence", "drug_synthesis", "illegal_drugs", "drug_diversion",
            "drug_diversion", "medical_ethics", "medical_ethics", "cyber", "cybercrime", "fraud", "illegal_activity",
            "harassment", "harassment", "misinformation", "misinformation");

    private HeadNames() {
    }
}
