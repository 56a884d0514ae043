package org.salus.assistant.review;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.salus.kb.Review;
import org.salus.kb.ReviewStatus;

/**
 * The review workflow's rules in one place, without storage: which decision holds for a content version, what state
 * a document is in for its reviewers, and whether a decision may be made.
 */
final class DecisionRules {

    static final int MAX_REVIEWER = 120;
    static final int MAX_NOTE = 2000;

    /** Where a document stands for its reviewers. */
    enum State {
        DRAFT, CHANGES_REQUESTED, APPROVED, DEMO, EXPIRED, RETIRED;

        String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        boolean served() {
            return this == APPROVED || this == DEMO;
        }
    }

    private DecisionRules() {
    }

    /**
     * The decision that holds for {@code version}, from one document's decisions oldest first: a retirement while it is
     * the latest decision on the document (whatever the version), else the latest decision on this version.
     */
    static Optional<ReviewDecision> holding(List<ReviewDecision> decisions, String version) {
        if (decisions.isEmpty()) {
            return Optional.empty();
        }
        if (decisions.getLast().decision() == Decision.RETIRED) {
            return Optional.of(decisions.getLast());
        }
        for (ReviewDecision d : decisions.reversed()) {
            if (d.version().equals(version)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** The review a decision puts in place of the indexed one: only an unexpired approval is ever served. */
    static Review review(ReviewDecision d) {
        return switch (d.decision()) {
            case APPROVED -> new Review(ReviewStatus.APPROVED, d.reviewer(), d.decidedOn(), d.expiresOn());
            case CHANGES_REQUESTED -> new Review(ReviewStatus.DRAFT, d.reviewer(), d.decidedOn(), null);
            case RETIRED -> new Review(ReviewStatus.RETIRED, d.reviewer(), d.decidedOn(), null);
        };
    }

    /** The review that serving uses: the holding decision's, else the one the document was indexed with. */
    static Review effective(Review indexed, Optional<ReviewDecision> holding) {
        return holding.map(DecisionRules::review).orElse(indexed);
    }

    static State state(Review indexed, Optional<ReviewDecision> holding, LocalDate today) {
        if (holding.isPresent() && holding.get().decision() == Decision.CHANGES_REQUESTED) {
            return State.CHANGES_REQUESTED;
        }
        Review review = effective(indexed, holding);
        return switch (review.status()) {
            case DRAFT -> State.DRAFT;
            case RETIRED -> State.RETIRED;
            case APPROVED, DEMO -> !review.servableOn(today) ? State.EXPIRED
                    : review.status() == ReviewStatus.APPROVED ? State.APPROVED : State.DEMO;
        };
    }

    /** Whether a document belongs in the reviewers' queue: undecided, sent back, expired, or expiring within the window. */
    static boolean queued(State state, Review effective, LocalDate today, int expiringWithinDays) {
        return switch (state) {
            case DRAFT, CHANGES_REQUESTED, EXPIRED -> true;
            case APPROVED, DEMO -> expiring(effective, today, expiringWithinDays);
            case RETIRED -> false;
        };
    }

    static boolean expiring(Review review, LocalDate today, int withinDays) {
        return review.expiresOn() != null && !review.expiresOn().isAfter(today.plusDays(withinDays));
    }

    /** Why the decision may not be made, in plain words, or empty when it may. */
    static Optional<String> problem(DecisionRequest r, State current, LocalDate today) {
        if (r.decision() == null) {
            return Optional.of("Say what you decide: approve, request-changes or retire.");
        }
        if (r.reviewer().isEmpty()) {
            return Optional.of("The reviewer's name is required.");
        }
        if (r.reviewer().length() > MAX_REVIEWER || r.reviewer().chars().anyMatch(Character::isISOControl)) {
            return Optional.of("The reviewer's name must be one line of at most " + MAX_REVIEWER + " characters.");
        }
        if (r.note() != null && r.note().length() > MAX_NOTE) {
            return Optional.of("The note must be at most " + MAX_NOTE + " characters.");
        }
        if (r.note() == null && r.decision() != Decision.APPROVED) {
            return Optional.of("A note is required to request changes or to retire a document: say why.");
        }
        if (r.expiresOn() != null && r.decision() != Decision.APPROVED) {
            return Optional.of("An expiry date applies only to an approval.");
        }
        if (r.expiresOn() != null && !r.expiresOn().isAfter(today)) {
            return Optional.of("The expiry date must be after today.");
        }
        if (r.decision() == Decision.RETIRED && current == State.RETIRED) {
            return Optional.of("The document is already retired.");
        }
        return Optional.empty();
    }

    /** The expiry an approval gets: the one asked for, else the configured review period from today. */
    static LocalDate expiry(DecisionRequest r, LocalDate today, Period validity) {
        if (r.decision() != Decision.APPROVED) {
            return null;
        }
        return r.expiresOn() != null ? r.expiresOn() : today.plus(validity);
    }
}
