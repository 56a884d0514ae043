package org.salus.guardrails.decision;

import com.fasterxml.jackson.annotation.JsonValue;

/** What the assistant does with a turn; serialised in lowercase as the contract's {@code safety.action}. */
public enum Action {
    ANSWER, REFUSE, ESCALATE, REFRAME;

    @JsonValue
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
