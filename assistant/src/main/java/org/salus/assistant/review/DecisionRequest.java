package org.salus.assistant.review;

import java.time.LocalDate;

/**
 * A reviewer's decision as asked for, before it is checked: the decision, the reviewer's name, a note, an optional
 * expiry (approvals only) and, from the reviewer page, the version the reviewer read.
 */
public record DecisionRequest(Decision decision, String reviewer, String note, LocalDate expiresOn, String version) {

    public DecisionRequest {
        reviewer = reviewer == null ? "" : reviewer.strip();
        note = note == null || note.isBlank() ? null : note.strip();
        version = version == null || version.isBlank() ? null : version.strip();
    }
}
