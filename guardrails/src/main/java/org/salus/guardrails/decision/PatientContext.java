package org.salus.guardrails.decision;

/** Optional facts about the person a turn is about, supplied by a clinic integration rather than typed by the user. */
public record PatientContext(Double ageYears, String sex) {
    public static PatientContext unknown() {
        return new PatientContext(null, null);
    }
}
