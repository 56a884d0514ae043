package org.salus.guardrails.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.salus.guardrails.text.NormalizedText;

class StackerTest {

    @Test
    void spanishWeightsApplyOnlyToSpanishText() {
        // Trust the vote in English, the linear head in Spanish.
        double[] w = new double[Stacker.WIDTH + 1];
        w[2] = 1;   // vote
        w[5] = -1;  // spanish × vote
        w[3] = 1;   // spanish × linear
        Stacker stack = new Stacker(Map.of("crisis", w));
        double en = SpanishShare.of(NormalizedText.fold("I just want everything to stop, nobody would notice"));
        double es = SpanishShare.of(NormalizedText.fold("Ya no quiero seguir, nadie se daría cuenta si me voy"));
        assertThat(en).isLessThan(0.2);
        assertThat(es).isGreaterThan(0.8);
        assertThat(stack.probability("crisis", 0.1, 0.5, 0.9, en, 0)).isGreaterThan(0.8);
        assertThat(stack.probability("crisis", 0.1, 0.5, 0.9, es, 0)).isLessThan(0.2);
    }

    @Test
    void aHeadWithoutAVoteIsReadFromItsOtherParts() {
        double[] w = new double[Stacker.WIDTH + 1];
        w[0] = 1;
        Stacker stack = new Stacker(Map.of("emergency", w));
        assertThat(stack.probability("emergency", 0.9, 0.1, Double.NaN, 0, 0)).isCloseTo(0.9, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(stack.covers("emergency")).isTrue();
        assertThat(stack.covers("crisis")).isFalse();
    }

    @Test
    void longnessGrowsFromTweetsToForumPosts() {
        assertThat(Stacker.longness(140)).isZero();
        assertThat(Stacker.longness(600)).isBetween(0.4, 0.6);
        assertThat(Stacker.longness(3000)).isEqualTo(1);
    }
}
