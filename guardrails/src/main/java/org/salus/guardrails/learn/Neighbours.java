package org.salus.guardrails.learn;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.lucene.util.VectorUtil;

/**
 * The training messages' embeddings (quantised to bytes) with their labels: a message's nearest labelled neighbours
 * vote on the heads that matter most for precision. A linear head draws one boundary through the embedding space;
 * neighbours follow its local shape, so a cheerful tweet near other cheerful tweets is not read as a goodbye note.
 *
 * @param vectors   {@code count × dimensions} quantised components, row by row
 * @param scales    per message, the factor that turns byte dot products back into cosines
 * @param positives per head, the messages labelled positive
 */
public record Neighbours(int dimensions, byte[][] vectors, float[] scales, Map<String, BitSet> positives, int k,
                         double sharpness) {

    public static final List<String> HEADS = List.of("crisis", "harm");

    public static Neighbours of(List<float[]> unitVectors, Map<String, BitSet> positives, int k, double sharpness) {
        int n = unitVectors.size();
        int d = unitVectors.getFirst().length;
        byte[][] q = new byte[n][];
        float[] scales = new float[n];
        for (int i = 0; i < n; i++) {
            float[] v = unitVectors.get(i);
            q[i] = quantise(v);
            scales[i] = scale(v);
        }
        return new Neighbours(d, q, scales, positives, k, sharpness);
    }

    private static float scale(float[] v) {
        float max = 1e-9f;
        for (float x : v) {
            max = Math.max(max, Math.abs(x));
        }
        return max / 127f;
    }

    private static byte[] quantise(float[] v) {
        float s = scale(v);
        byte[] out = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (byte) Math.max(-127, Math.min(127, Math.round(v[i] / s)));
        }
        return out;
    }

    /** Each head's neighbour vote for a unit-length embedding, from the messages {@code allowed} accepts. */
    public Map<String, Double> scores(float[] unit, java.util.function.IntPredicate allowed) {
        byte[] query = quantise(unit);
        float queryScale = scale(unit);
        PriorityQueue<double[]> best = new PriorityQueue<>(k + 1, (a, b) -> Double.compare(a[0], b[0]));
        for (int i = 0; i < vectors.length; i++) {
            if (!allowed.test(i)) {
                continue;
            }
            double cosine = VectorUtil.dotProduct(query, vectors[i]) * (double) queryScale * scales[i];
            if (best.size() < k) {
                best.add(new double[] {cosine, i});
            } else if (cosine > best.peek()[0]) {
                best.poll();
                best.add(new double[] {cosine, i});
            }
        }
        Map<String, Double> out = new LinkedHashMap<>();
        double total = 0;
        double[] votes = new double[HEADS.size()];
        for (double[] b : best) {
            double w = Math.exp(sharpness * b[0]);
            total += w;
            for (int h = 0; h < votes.length; h++) {
                if (positives.get(HEADS.get(h)).get((int) b[1])) {
                    votes[h] += w;
                }
            }
        }
        for (int h = 0; h < votes.length; h++) {
            out.put(HEADS.get(h), total == 0 ? 0 : votes[h] / total);
        }
        return out;
    }

    public Map<String, Double> scores(float[] unit) {
        return scores(unit, i -> true);
    }

    void write(DataOutputStream o) throws IOException {
        o.writeInt(vectors.length);
        o.writeInt(dimensions);
        o.writeInt(k);
        o.writeDouble(sharpness);
        for (int i = 0; i < vectors.length; i++) {
            o.write(vectors[i]);
            o.writeFloat(scales[i]);
        }
        for (String h : HEADS) {
            long[] words = positives.get(h).toLongArray();
            o.writeInt(words.length);
            for (long w : words) {
                o.writeLong(w);
            }
        }
    }

    static Neighbours read(DataInputStream in) throws IOException {
        int n = in.readInt();
        int d = in.readInt();
        int k = in.readInt();
        double sharpness = in.readDouble();
        byte[][] v = new byte[n][d];
        float[] s = new float[n];
        for (int i = 0; i < n; i++) {
            in.readFully(v[i]);
            s[i] = in.readFloat();
        }
        Map<String, BitSet> positives = new LinkedHashMap<>();
        for (String h : HEADS) {
            long[] words = new long[in.readInt()];
            for (int i = 0; i < words.length; i++) {
                words[i] = in.readLong();
            }
            positives.put(h, BitSet.valueOf(words));
        }
        return new Neighbours(d, v, s, positives, k, sharpness);
    }
}
