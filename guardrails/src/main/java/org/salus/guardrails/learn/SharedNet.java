package org.salus.guardrails.learn;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * A small network over the query embedding that all heads share: one hidden layer of rectified units, then one
 * logistic output per head, each Platt-calibrated. Averaged with the linear heads, it catches what a straight line
 * through the embedding cannot (a birthday tweet that shares words with a goodbye note).
 *
 * @param hidden   weights, {@code [input][hidden]} flattened row by row
 * @param out      output weights, {@code [head][hidden]} flattened
 */
public record SharedNet(List<String> heads, int inputs, int width, float[] hidden, float[] hiddenBias, float[] out,
                        float[] outBias, double[] plattA, double[] plattB) {

    /** Raw scores of every head for one unit-length embedding. */
    public double[] logits(float[] embedding) {
        float[] h = new float[width];
        System.arraycopy(hiddenBias, 0, h, 0, width);
        for (int i = 0; i < inputs; i++) {
            float x = embedding[i];
            int row = i * width;
            for (int j = 0; j < width; j++) {
                h[j] += x * hidden[row + j];
            }
        }
        for (int j = 0; j < width; j++) {
            h[j] = Math.max(0, h[j]);
        }
        double[] z = new double[heads.size()];
        for (int k = 0; k < z.length; k++) {
            double s = outBias[k];
            int row = k * width;
            for (int j = 0; j < width; j++) {
                s += out[row + j] * h[j];
            }
            z[k] = s;
        }
        return z;
    }

    /** Calibrated probability of every head, in the order of {@link #heads()}. */
    public double[] probabilities(float[] embedding) {
        double[] z = logits(embedding);
        for (int k = 0; k < z.length; k++) {
            z[k] = Head.sigmoid(plattA[k] * z[k] + plattB[k]);
        }
        return z;
    }

    public int index(String head) {
        return heads.indexOf(head);
    }

    public SharedNet withPlatt(double[] a, double[] b) {
        return new SharedNet(heads, inputs, width, hidden, hiddenBias, out, outBias, a, b);
    }

    void write(DataOutputStream o) throws IOException {
        o.writeInt(heads.size());
        for (String h : heads) {
            o.writeUTF(h);
        }
        o.writeInt(inputs);
        o.writeInt(width);
        for (float[] a : new float[][] {hidden, hiddenBias, out, outBias}) {
            o.writeInt(a.length);
            for (float f : a) {
                o.writeFloat(f);
            }
        }
        for (int k = 0; k < heads.size(); k++) {
            o.writeDouble(plattA[k]);
            o.writeDouble(plattB[k]);
        }
    }

    static SharedNet read(DataInputStream in) throws IOException {
        int n = in.readInt();
        String[] names = new String[n];
        for (int k = 0; k < n; k++) {
            names[k] = in.readUTF();
        }
        int inputs = in.readInt();
        int width = in.readInt();
        float[][] arrays = new float[4][];
        for (int a = 0; a < 4; a++) {
            arrays[a] = new float[in.readInt()];
            for (int i = 0; i < arrays[a].length; i++) {
                arrays[a][i] = in.readFloat();
            }
        }
        double[] pa = new double[n];
        double[] pb = new double[n];
        for (int k = 0; k < n; k++) {
            pa[k] = in.readDouble();
            pb[k] = in.readDouble();
        }
        return new SharedNet(List.of(names), inputs, width, arrays[0], arrays[1], arrays[2], arrays[3], pa, pb);
    }
}
