package org.salus.guardrails.training;

import org.salus.guardrails.learn.*;
import java.util.BitSet;
import java.util.List;
import org.salus.guardrails.GuardrailSettings;
import org.salus.guardrails.Guardrails;
import org.salus.guardrails.decision.InputAssessment;
import org.salus.guardrails.decision.Urgency;
import org.salus.guardrails.decision.UserTurn;

/**
 * Which training messages the rules alone already escalate as an emergency or give crisis support, so the recall a
 * threshold is checked against is the system's (rules or head), as the app decides.
 */
record RuleCatches(BitSet emergency, BitSet crisis) {

    static RuleCatches of(List<Example> examples) {
        Guardrails rules = Guardrails.load(GuardrailSettings.defaults().withoutLearnedLayer());
        BitSet emergency = new BitSet(examples.size());
        BitSet crisis = new BitSet(examples.size());
        for (int i = 0; i < examples.size(); i++) {
            Example e = examples.get(i);
            InputAssessment a = rules.assess(UserTurn.of(e.text(), e.lang()));
            emergency.set(i, a.decision().urgency() == Urgency.EMERGENCY);
            crisis.set(i, a.decision().categories().contains("self_harm_crisis"));
        }
        return new RuleCatches(emergency, crisis);
    }

    /** Per message of {@code index} (positions in the whole corpus), whether the rules catch it for {@code head}. */
    boolean[] caught(String head, List<Integer> index) {
        BitSet set = head.equals("emergency") ? emergency : head.equals("crisis") ? crisis : null;
        boolean[] out = new boolean[index.size()];
        for (int i = 0; set != null && i < out.length; i++) {
            out[i] = set.get(index.get(i));
        }
        return out;
    }
}
