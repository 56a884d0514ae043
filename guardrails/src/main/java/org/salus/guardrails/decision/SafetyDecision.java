package org.salus.guardrails.decision;

import java.util.List;

/**
 * The contract's {@code safety} object: what to do, how urgent, why, and which policy decided.
 *
 * <p>{@code policy} is {@code "<deciding-policy-id>@<policy-set-version>"}, e.g.
 * {@code "emergency-red-flags@salus-safety@2026.11.1"}.
 */
public record SafetyDecision(Action action, Urgency urgency, List<String> categories, String policy) {
    public SafetyDecision {
        categories = List.copyOf(categories);
    }
}
