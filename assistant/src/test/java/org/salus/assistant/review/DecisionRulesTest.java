package org.salus.assistant.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.salus.kb.Review;
import org.salus.kb.ReviewStatus;

/** The review workflow's rules: which decision holds, what a document's state is, and which decisions are refused. */
class DecisionRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final Review DRAFT = new Review(ReviewStatus.DRAFT, null, null, null);
    private static final Review APPROVED_IN_FILE = new Review(ReviewStatus.APPROVED, "Dr File", TODAY.minusYears(1), null);

    private static long ids;

    private static ReviewDecision decided(String version, Decision decision, LocalDate expires) {
        return new ReviewDecision(++ids, Instant.parse("2026-12-01T10:00:00Z"), "default", "doc", version, decision,
                "Dr Test", "note", expires);
    }

    private static DecisionRules.State state(Review indexed, List<ReviewDecision> decisions, String version) {
        return DecisionRules.state(indexed, DecisionRules.holding(decisions, version), TODAY);
    }

    @Test
    void aDraftNobodyDecidedOnStaysADraftAndQueued() {
        DecisionRules.State state = state(DRAFT, List.of(), "v1");
        assertThat(state).isEqualTo(DecisionRules.State.DRAFT);
        assertThat(state.served()).isFalse();
        assertThat(DecisionRules.queued(state, DRAFT, TODAY, 30)).isTrue();
    }

    @Test
    void approvingADraftServesItUntilItsExpiry() {
        var approval = decided("v1", Decision.APPROVED, TODAY.plusMonths(6));
        Review review = DecisionRules.effective(DRAFT, DecisionRules.holding(List.of(approval), "v1"));

        assertThat(state(DRAFT, List.of(approval), "v1")).isEqualTo(DecisionRules.State.APPROVED);
        assertThat(review.servableOn(TODAY)).isTrue();
        assertThat(review.servableOn(TODAY.plusMonths(6).plusDays(1))).isFalse();
        assertThat(review.reviewer()).isEqualTo("Dr Test");
        assertThat(review.reviewedOn()).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void anApprovalHoldsOnlyForTheVersionItWasMadeOn() {
        var approval = decided("v1", Decision.APPROVED, null);

        assertThat(DecisionRules.holding(List.of(approval), "v2")).isEmpty();
        assertThat(state(DRAFT, List.of(approval), "v2")).isEqualTo(DecisionRules.State.DRAFT);
    }

    @Test
    void aRetirementWithholdsEveryVersionUntilALaterApproval() {
        var retired = decided("v1", Decision.RETIRED, null);
        assertThat(state(APPROVED_IN_FILE, List.of(retired), "v2")).isEqualTo(DecisionRules.State.RETIRED);

        var approvedAgain = decided("v2", Decision.APPROVED, null);
        assertThat(state(DRAFT, List.of(retired, approvedAgain), "v2")).isEqualTo(DecisionRules.State.APPROVED);
        assertThat(state(APPROVED_IN_FILE, List.of(retired, approvedAgain), "v1")).isEqualTo(DecisionRules.State.RETIRED);
    }

    @Test
    void requestingChangesWithholdsADocumentTheFileCallsApproved() {
        var sentBack = decided("v1", Decision.CHANGES_REQUESTED, null);
        Optional<ReviewDecision> holding = DecisionRules.holding(List.of(sentBack), "v1");

        assertThat(DecisionRules.state(APPROVED_IN_FILE, holding, TODAY)).isEqualTo(DecisionRules.State.CHANGES_REQUESTED);
        assertThat(DecisionRules.effective(APPROVED_IN_FILE, holding).servableOn(TODAY)).isFalse();
    }

    @Test
    void withoutADecisionTheIndexedReviewRulesAsBefore() {
        assertThat(state(APPROVED_IN_FILE, List.of(), "v1")).isEqualTo(DecisionRules.State.APPROVED);
        assertThat(state(new Review(ReviewStatus.DEMO, null, null, null), List.of(), "v1")).isEqualTo(DecisionRules.State.DEMO);
        assertThat(state(new Review(ReviewStatus.APPROVED, null, null, TODAY.minusDays(1)), List.of(), "v1"))
                .isEqualTo(DecisionRules.State.EXPIRED);
    }

    @ParameterizedTest(name = "expiring {0} days from today, window 30: queued={1}")
    @CsvSource({"0, true", "30, true", "31, false", "365, false"})
    void servedDocumentsExpiringWithinTheWindowAreQueued(int days, boolean queued) {
        Review review = new Review(ReviewStatus.APPROVED, null, null, TODAY.plusDays(days));
        assertThat(DecisionRules.queued(DecisionRules.State.APPROVED, review, TODAY, 30)).isEqualTo(queued);
    }

    @ParameterizedTest(name = "{0} by ''{1}'' note ''{2}'' expires {3} → {4}")
    @CsvSource(nullValues = "null", value = {
            "APPROVED,          Dr A, null, null,       ",
            "APPROVED,          '',   null, null,       The reviewer's name is required.",
            "APPROVED,          '  ', ok,   null,       The reviewer's name is required.",
            "CHANGES_REQUESTED, Dr A, null, null,       A note is required to request changes or to retire a document: say why.",
            "RETIRED,           Dr A, '  ', null,       A note is required to request changes or to retire a document: say why.",
            "RETIRED,           Dr A, old,  2027-01-01, An expiry date applies only to an approval.",
            "APPROVED,          Dr A, null, 2026-12-07, The expiry date must be after today.",
            "APPROVED,          Dr A, null, 2026-12-08, ",
            "null,              Dr A, null, null,       'Say what you decide: approve, request-changes or retire.'"})
    void refusesIncompleteDecisionsInPlainWords(Decision decision, String reviewer, String note, LocalDate expires,
                                                String problem) {
        var request = new DecisionRequest(decision, reviewer, note, expires, null);
        assertThat(DecisionRules.problem(request, DecisionRules.State.DRAFT, TODAY)).isEqualTo(Optional.ofNullable(problem));
    }

    @Test
    void refusesAReviewerNameOnSeveralLinesOrTooLong() {
        assertThat(DecisionRules.problem(new DecisionRequest(Decision.APPROVED, "Dr A\nDr B", null, null, null),
                DecisionRules.State.DRAFT, TODAY)).isPresent();
        assertThat(DecisionRules.problem(new DecisionRequest(Decision.APPROVED, "x".repeat(121), null, null, null),
                DecisionRules.State.DRAFT, TODAY)).isPresent();
    }

    @Test
    void aRetiredDocumentCannotBeRetiredAgain() {
        var retire = new DecisionRequest(Decision.RETIRED, "Dr A", "withdrawn", null, null);
        assertThat(DecisionRules.problem(retire, DecisionRules.State.RETIRED, TODAY))
                .contains("The document is already retired.");
    }

    @Test
    void anApprovalWithoutADateHoldsForTheConfiguredPeriod() {
        var approve = new DecisionRequest(Decision.APPROVED, "Dr A", null, null, null);
        assertThat(DecisionRules.expiry(approve, TODAY, Period.ofYears(1))).isEqualTo(LocalDate.of(2027, 12, 7));
        var dated = new DecisionRequest(Decision.APPROVED, "Dr A", null, LocalDate.of(2027, 3, 1), null);
        assertThat(DecisionRules.expiry(dated, TODAY, Period.ofYears(1))).isEqualTo(LocalDate.of(2027, 3, 1));
        var retire = new DecisionRequest(Decision.RETIRED, "Dr A", "why", null, null);
        assertThat(DecisionRules.expiry(retire, TODAY, Period.ofYears(1))).isNull();
    }

    @Test
    void readsDecisionsAsVerbsOrStates() {
        assertThat(Decision.parse("request-changes")).isEqualTo(Decision.CHANGES_REQUESTED);
        assertThat(Decision.parse("changes_requested")).isEqualTo(Decision.CHANGES_REQUESTED);
        assertThat(Decision.parse(" Approve ")).isEqualTo(Decision.APPROVED);
        assertThat(Decision.parse("publish")).isNull();
    }
}
