package org.salus.guardrails.decision;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How soon a described situation needs care; serialised in lowercase as the contract's {@code safety.urgency}. */
public enum Urgency {
    EMERGENCY, URGENT, ROUTINE, SELF_CARE, NONE;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Urgency fromId(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }

    /** True when this urgency calls for care sooner than {@code other}. */
    public boolean higherThan(Urgency other) {
        return ordinal() < other.ordinal();
    }
}
