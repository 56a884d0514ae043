package org.salus.assistant.modes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnswerModeTest {

    @Test
    void namesTheThreeModesAsTheApiSpellsThem() {
        assertThat(AnswerMode.ids()).containsExactly("instant", "thinking", "contemplating");
        assertThat(AnswerMode.byId("thinking")).contains(AnswerMode.THINKING);
    }

    @Test
    void knowsNoOtherSpelling() {
        assertThat(AnswerMode.byId("Thinking")).isEmpty();
        assertThat(AnswerMode.byId("fast")).isEmpty();
        assertThat(AnswerMode.byId(null)).isEmpty();
    }
}
