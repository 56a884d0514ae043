package org.salus.assistant.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.salus.guardrails.decision.LlmSafetyClassifier.Verdict;

class LlamaGuardClassifierTest {

    @Test
    void readsSafe() {
        assertThat(LlamaGuardClassifier.parse("safe")).contains(new Verdict(false, List.of()));
    }

    @Test
    void mapsHazardCodesToSalusCategories() {
        assertThat(LlamaGuardClassifier.parse("unsafe\nS9,S1")).contains(new Verdict(true, List.of("chemical_biological", "violence")));
    }

    @Test
    void specialisedAdviceAloneIsNotARefusal() {
        assertThat(LlamaGuardClassifier.parse("unsafe\nS6")).contains(new Verdict(false, List.of()));
    }

    @Test
    void unreadableOutputIsNoVerdict() {
        assertThat(LlamaGuardClassifier.parse("I think this is fine")).isEmpty();
        assertThat(LlamaGuardClassifier.parse(null)).isEmpty();
    }
}
