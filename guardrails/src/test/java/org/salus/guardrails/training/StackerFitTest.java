package org.salus.guardrails.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.salus.guardrails.learn.Stacker;

class StackerFitTest {

    @Test
    void learnsToTrustTheInformativePartAndIgnoreTheNoisyOne() {
        Random random = new Random(7);
        int n = 4000;
        double[][] x = new double[n][];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            y[i] = random.nextBoolean();
            double informative = y[i] ? 0.8 + 0.15 * random.nextDouble() : 0.05 + 0.15 * random.nextDouble();
            double noise = random.nextDouble();
            x[i] = Stacker.inputs(informative, noise, Double.NaN, 0, 0);
        }
        double[] w = StackerFit.fit(x, y);
        assertThat(w[0]).isGreaterThan(1);
        assertThat(Math.abs(w[1])).isLessThan(0.3);
        Stacker stack = new Stacker(java.util.Map.of("h", w));
        assertThat(stack.probability("h", 0.9, 0.1, Double.NaN, 0, 0)).isGreaterThan(0.9);
        assertThat(stack.probability("h", 0.1, 0.9, Double.NaN, 0, 0)).isLessThan(0.1);
    }
}
