package org.salus.guardrails.policy;

import java.util.Optional;
import org.salus.guardrails.decision.UserTurn;
import org.salus.guardrails.decision.Urgency;
import org.salus.guardrails.data.Region;
import org.salus.guardrails.learn.Signals;
import org.salus.guardrails.text.NormalizedText;
import org.salus.guardrails.text.Rule;

/**
 * What is computed once per turn and shared by the policies: the normalised text, the locale, whether a personal
 * situation is described, the triage rule (if any), the learned heads' signals, and the urgency: the higher of
 * what the rules and the heads found.
 */
public record TurnFacts(UserTurn turn, NormalizedText text, String language, Region region, boolean situation,
                        Optional<Rule> triageRule, Urgency urgency, Signals signals) {
}
