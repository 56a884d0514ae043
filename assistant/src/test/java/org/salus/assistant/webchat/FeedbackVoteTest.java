package org.salus.assistant.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeedbackVoteTest {

    @ParameterizedTest
    @CsvSource({
            "up, instant, answer, UP",
            "down, thinking, escalate, DOWN",
            "' UP ', Contemplating, REFRAME, UP",
            "down, instant, refuse, DOWN",
    })
    void acceptsKnownValuesWhateverTheirCase(String vote, String mode, String action, FeedbackVote.Vote expected) {
        assertThat(FeedbackVote.parse(vote, mode, action))
                .hasValueSatisfying(parsed -> assertThat(parsed.vote()).isEqualTo(expected));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
            "sideways, instant, answer",
            "up, turbo, answer",
            "up, instant, diagnose",
            "NULL, instant, answer",
            "up, NULL, answer",
            "up, instant, NULL",
            "'my chest hurts', instant, answer",
    })
    void rejectsAnythingElse(String vote, String mode, String action) {
        assertThat(FeedbackVote.parse(vote, mode, action)).isEmpty();
    }
}
