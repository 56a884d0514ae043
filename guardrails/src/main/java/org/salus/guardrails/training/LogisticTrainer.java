package org.salus.guardrails.training;

import org.salus.guardrails.learn.*;
import java.util.List;
import java.util.Random;

/**
 * Fits a logistic head by AdaGrad stochastic gradient descent with L2 shrinkage, positives and negatives weighted to
 * balance; deterministic for a given seed and example order.
 */
final class LogisticTrainer {

    private final int epochs;
    private final double rate;
    private final double l2;
    private final long seed;
    private final boolean balance;

    LogisticTrainer(int epochs, double rate, double l2, long seed) {
        this(epochs, rate, l2, seed, true);
    }

    LogisticTrainer(int epochs, double rate, double l2, long seed, boolean balance) {
        this.balance = balance;
        this.epochs = epochs;
        this.rate = rate;
        this.l2 = l2;
        this.seed = seed;
    }

    @Override
    public String toString() {
        return "logistic(epochs=" + epochs + ",rate=" + rate + ",l2=" + l2 + ",seed=" + seed + ",balance=" + balance + ")";
    }

    /** Trains on {@code examples} with {@code labels}; {@code withEmbedding} adds the embedding dimensions. */
    Head train(String name, List<Example> examples, boolean[] labels, boolean withEmbedding) {
        int dim = withEmbedding ? examples.getFirst().embedding().length : 0;
        float[] dense = new float[dim];
        float[] sparse = new float[Featurizer.DIMENSION];
        double[] gDense = new double[dim];
        double[] gSparse = new double[Featurizer.DIMENSION];
        double bias = 0;
        double gBias = 0;
        int positives = 0;
        for (boolean b : labels) {
            positives += b ? 1 : 0;
        }
        int n = labels.length;
        double wPos = !balance || positives == 0 ? 1 : n / (2.0 * positives);
        double wNeg = !balance || positives == n ? 1 : n / (2.0 * (n - positives));
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        for (int epoch = 0; epoch < epochs; epoch++) {
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int k : order) {
                Example e = examples.get(k);
                float[] emb = e.embedding();
                double z = bias + e.features().dot(sparse);
                for (int d = 0; d < dim; d++) {
                    z += dense[d] * emb[d];
                }
                double y = labels[k] ? 1 : 0;
                double g = (Head.sigmoid(z) - y) * (labels[k] ? wPos : wNeg);
                for (int d = 0; d < dim; d++) {
                    double grad = g * emb[d] + l2 * dense[d];
                    gDense[d] += grad * grad;
                    dense[d] -= (float) (rate * grad / Math.sqrt(gDense[d] + 1e-8));
                }
                SparseVector x = e.features();
                for (int f = 0; f < x.size(); f++) {
                    int s = x.index()[f];
                    double grad = g * x.value()[f] + l2 * sparse[s];
                    gSparse[s] += grad * grad;
                    sparse[s] -= (float) (rate * grad / Math.sqrt(gSparse[s] + 1e-8));
                }
                gBias += g * g;
                bias -= rate * g / Math.sqrt(gBias + 1e-8);
            }
        }
        return new Head(name, dense, sparse, (float) bias, 1, 0);
    }

    /**
     * Platt scaling: the {@code a, b} that make {@code sigmoid(a·logit + b)} fit the labels best (Newton's method on
     * the log-loss, with Platt's smoothed targets).
     */
    static double[] platt(double[] logits, boolean[] labels) {
        int pos = 0;
        for (boolean b : labels) {
            pos += b ? 1 : 0;
        }
        int neg = labels.length - pos;
        double hi = (pos + 1.0) / (pos + 2.0);
        double lo = 1.0 / (neg + 2.0);
        double a = 1;
        double b = 0;
        for (int iter = 0; iter < 100; iter++) {
            double gA = 0;
            double gB = 0;
            double hAA = 1e-9;
            double hAB = 0;
            double hBB = 1e-9;
            for (int i = 0; i < logits.length; i++) {
                double t = labels[i] ? hi : lo;
                double p = Head.sigmoid(a * logits[i] + b);
                double d = p - t;
                double w = p * (1 - p);
                gA += d * logits[i];
                gB += d;
                hAA += w * logits[i] * logits[i];
                hAB += w * logits[i];
                hBB += w;
            }
            double det = hAA * hBB - hAB * hAB;
            if (Math.abs(det) < 1e-12) {
                break;
            }
            double dA = (hBB * gA - hAB * gB) / det;
            double dB = (hAA * gB - hAB * gA) / det;
            a -= dA;
            b -= dB;
            if (Math.abs(dA) < 1e-9 && Math.abs(dB) < 1e-9) {
                break;
            }
        }
        return new double[] {a, b};
    }
}
