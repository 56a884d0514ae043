package org.salus.guardrails.policy;

import java.util.List;
import java.util.function.BiFunction;
import org.salus.guardrails.text.Rule;

/**
 * A lexical policy over one rule section: the first matching rule yields the verdict built by {@code onMatch};
 * rules marked {@code situation: true} only fire when a personal situation is described. A match whose verdict is
 * {@link Verdict#PASS} (the policy declined it) lets the next rule try.
 */
public final class RulePolicy implements InputPolicy {

    private final String id;
    private final List<Rule> rules;
    private final BiFunction<Rule, TurnFacts, Verdict> onMatch;
    private final boolean respectSituation;

    public RulePolicy(String id, List<Rule> rules, boolean respectSituation, BiFunction<Rule, TurnFacts, Verdict> onMatch) {
        this.id = id;
        this.rules = List.copyOf(rules);
        this.onMatch = onMatch;
        this.respectSituation = respectSituation;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Verdict evaluate(TurnFacts facts) {
        for (Rule rule : rules) {
            if ((!respectSituation || !rule.needsSituation() || facts.situation()) && rule.matches(facts.text())) {
                Verdict verdict = onMatch.apply(rule, facts);
                if (verdict != Verdict.PASS) {
                    return verdict;
                }
            }
        }
        return Verdict.PASS;
    }
}
