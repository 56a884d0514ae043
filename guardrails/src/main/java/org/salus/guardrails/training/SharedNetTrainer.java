package org.salus.guardrails.training;

import org.salus.guardrails.learn.*;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Trains a {@link SharedNet} on all heads at once: mini-batch Adam on the summed, class-balanced log-loss of the
 * heads each message belongs to (a message outside a head's subset does not train that head). Deterministic for a
 * given seed and example order.
 */
final class SharedNetTrainer {

    private final int width;
    private final int epochs;
    private final double rate;
    private final double l2;
    private final long seed;

    SharedNetTrainer(int width, int epochs, double rate, double l2, long seed) {
        this.width = width;
        this.epochs = epochs;
        this.rate = rate;
        this.l2 = l2;
        this.seed = seed;
    }

    @Override
    public String toString() {
        return "sharednet(width=" + width + ",epochs=" + epochs + ",rate=" + rate + ",l2=" + l2 + ",seed=" + seed + ")";
    }

    /**
     * @param member {@code member[k][i]}: example i is in head k's subset
     * @param label  {@code label[k][i]}: example i is positive for head k
     */
    SharedNet train(List<String> heads, List<float[]> x, boolean[][] member, boolean[][] label) {
        int n = x.size();
        int d = x.getFirst().length;
        int k = heads.size();
        Random random = new Random(seed);
        float[] w1 = new float[d * width];
        double scale = 1 / Math.sqrt(d);
        for (int i = 0; i < w1.length; i++) {
            w1[i] = (float) (random.nextGaussian() * scale);
        }
        float[] b1 = new float[width];
        float[] w2 = new float[k * width];
        for (int i = 0; i < w2.length; i++) {
            w2[i] = (float) (random.nextGaussian() / Math.sqrt(width));
        }
        float[] b2 = new float[k];
        double[][] weight = classWeights(member, label);
        Adam a1 = new Adam(w1.length);
        Adam ab1 = new Adam(width);
        Adam a2 = new Adam(w2.length);
        Adam ab2 = new Adam(k);
        int batch = 32;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        float[] g1 = new float[w1.length];
        float[] gb1 = new float[width];
        float[] g2 = new float[w2.length];
        float[] gb2 = new float[k];
        float[] h = new float[width];
        float[] dh = new float[width];
        for (int epoch = 0; epoch < epochs; epoch++) {
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int start = 0; start < n; start += batch) {
                Arrays.fill(g1, 0);
                Arrays.fill(gb1, 0);
                Arrays.fill(g2, 0);
                Arrays.fill(gb2, 0);
                int end = Math.min(n, start + batch);
                for (int b = start; b < end; b++) {
                    int e = order[b];
                    float[] in = x.get(e);
                    System.arraycopy(b1, 0, h, 0, width);
                    for (int i = 0; i < d; i++) {
                        float v = in[i];
                        int row = i * width;
                        for (int j = 0; j < width; j++) {
                            h[j] += v * w1[row + j];
                        }
                    }
                    for (int j = 0; j < width; j++) {
                        h[j] = Math.max(0, h[j]);
                    }
                    Arrays.fill(dh, 0);
                    for (int head = 0; head < k; head++) {
                        if (!member[head][e]) {
                            continue;
                        }
                        int row = head * width;
                        double z = b2[head];
                        for (int j = 0; j < width; j++) {
                            z += w2[row + j] * h[j];
                        }
                        float g = (float) ((Head.sigmoid(z) - (label[head][e] ? 1 : 0))
                                * weight[head][label[head][e] ? 1 : 0]);
                        gb2[head] += g;
                        for (int j = 0; j < width; j++) {
                            g2[row + j] += g * h[j];
                            dh[j] += g * w2[row + j];
                        }
                    }
                    for (int j = 0; j < width; j++) {
                        if (h[j] <= 0) {
                            dh[j] = 0;
                        }
                        gb1[j] += dh[j];
                    }
                    for (int i = 0; i < d; i++) {
                        float v = in[i];
                        if (v == 0) {
                            continue;
                        }
                        int row = i * width;
                        for (int j = 0; j < width; j++) {
                            g1[row + j] += v * dh[j];
                        }
                    }
                }
                float inv = 1f / (end - start);
                a1.step(w1, g1, inv, l2);
                ab1.step(b1, gb1, inv, 0);
                a2.step(w2, g2, inv, l2);
                ab2.step(b2, gb2, inv, 0);
            }
        }
        double[] ones = new double[k];
        Arrays.fill(ones, 1);
        return new SharedNet(List.copyOf(heads), d, width, w1, b1, w2, b2, ones, new double[k]);
    }

    /** Per head, weights for negatives and positives that balance the two classes within the head's subset. */
    private static double[][] classWeights(boolean[][] member, boolean[][] label) {
        double[][] w = new double[member.length][2];
        for (int k = 0; k < member.length; k++) {
            int in = 0;
            int pos = 0;
            for (int i = 0; i < member[k].length; i++) {
                if (member[k][i]) {
                    in++;
                    pos += label[k][i] ? 1 : 0;
                }
            }
            w[k][0] = pos == in ? 1 : in / (2.0 * (in - pos));
            w[k][1] = pos == 0 ? 1 : in / (2.0 * pos);
        }
        return w;
    }

    /** Adam's moment estimates for one parameter array. */
    private final class Adam {
        private final float[] m;
        private final float[] v;
        private int t;

        Adam(int size) {
            m = new float[size];
            v = new float[size];
        }

        void step(float[] params, float[] grad, float scale, double decay) {
            t++;
            double c1 = 1 - Math.pow(0.9, t);
            double c2 = 1 - Math.pow(0.999, t);
            for (int i = 0; i < params.length; i++) {
                float g = grad[i] * scale + (float) (decay * params[i]);
                m[i] = 0.9f * m[i] + 0.1f * g;
                v[i] = 0.999f * v[i] + 0.001f * g * g;
                params[i] -= (float) (rate * (m[i] / c1) / (Math.sqrt(v[i] / c2) + 1e-8));
            }
        }
    }
}
