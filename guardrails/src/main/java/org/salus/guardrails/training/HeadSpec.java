package org.salus.guardrails.training;

import org.salus.guardrails.learn.*;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.salus.guardrails.learn.HeadNames;

/**
 * What one head learns: which training messages it sees and which of them are positive.
 */
record HeadSpec(String name, Predicate<Example> includes, Predicate<Example> positive) {

    static List<HeadSpec> all() {
        List<HeadSpec> specs = new ArrayList<>(List.of(
                new HeadSpec("situation", e -> true, Example::situation),
                new HeadSpec("emergency", Example::plainSituation, e -> e.urgency().equals("emergency")),
                new HeadSpec("urgent", Example::plainSituation,
                        e -> e.urgency().equals("emergency") || e.urgency().equals("urgent")),
                new HeadSpec("routine", Example::plainSituation, e -> !e.urgency().equals("self_care")),
                new HeadSpec("crisis", e -> true, Example::inCrisis),
                new HeadSpec("acute", e -> true, e -> e.crisis().equals("acute")),
                new HeadSpec("harm", e -> true, Example::harmful)));
        for (String category : HeadNames.HARM_CATEGORIES) {
            specs.add(new HeadSpec("harm:" + category, Example::harmful, e -> e.harm().equals(category)));
        }
        return specs;
    }
}
