package org.salus.guardrails.learn;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How each head weighs its parts (the linear head, the shared network, the neighbours' vote), learned from their
 * out-of-fold scores instead of a fixed average: the embedding is English-only and reads long posts by their topic,
 * so its parts deserve less weight in Spanish and in long messages, and how much less is a question for the data.
 *
 * @param weights per head, one weight per {@link #inputs} entry, the bias last
 */
public record Stacker(Map<String, double[]> weights) {

    /** Number of inputs, without the bias. */
    public static final int WIDTH = 11;

    public Stacker {
        weights = Map.copyOf(weights);
    }

    /**
     * The stacker's inputs: the parts' logits, the same scaled by the message's Spanish share and by its length, and
     * those two shares. {@code vote} is NaN when the head has no vote (or it was skipped as far below threshold).
     */
    public static double[] inputs(double linear, double deep, double vote, double spanish, double longness) {
        double zl = logit(linear);
        double zd = logit(deep);
        double zv = Double.isNaN(vote) ? 0 : logit(vote);
        return new double[] {zl, zd, zv, spanish * zl, spanish * zd, spanish * zv, longness * zl, longness * zd,
            longness * zv, spanish, longness};
    }

    /** How long a message counts as: 0 for a tweet, 1 for a forum post of a thousand characters or more. */
    public static double longness(int chars) {
        return Math.max(0, Math.min(1, (chars - 200) / 800.0));
    }

    public boolean covers(String head) {
        return weights.containsKey(head);
    }

    /** The calibrated probability of {@code head} from its parts. */
    public double probability(String head, double linear, double deep, double vote, double spanish, double longness) {
        return probability(head, inputs(linear, deep, vote, spanish, longness));
    }

    /** The calibrated probability of {@code head} from its {@link #inputs}. */
    public double probability(String head, double[] x) {
        double[] w = weights.get(head);
        double z = w[WIDTH];
        for (int i = 0; i < WIDTH; i++) {
            z += w[i] * x[i];
        }
        return Head.sigmoid(z);
    }

    static double logit(double p) {
        double q = Math.max(1e-4, Math.min(1 - 1e-4, p));
        return Math.log(q / (1 - q));
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(weights.size());
        for (var e : new java.util.TreeMap<>(weights).entrySet()) {
            out.writeUTF(e.getKey());
            for (double w : e.getValue()) {
                out.writeDouble(w);
            }
        }
    }

    static Stacker read(DataInputStream in) throws IOException {
        int n = in.readInt();
        Map<String, double[]> w = new LinkedHashMap<>();
        for (int h = 0; h < n; h++) {
            String name = in.readUTF();
            double[] v = new double[WIDTH + 1];
            for (int i = 0; i < v.length; i++) {
                v[i] = in.readDouble();
            }
            w.put(name, v);
        }
        return new Stacker(w);
    }
}
