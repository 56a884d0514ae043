package org.salus.guardrails.learn;

/** Unit-length vectors: the heads, the network and the neighbour index all read embeddings scaled to length one. */
public final class Embeddings {

    private Embeddings() {
    }

    public static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = norm == 0 ? 0 : (float) (v[i] / norm);
        }
        return out;
    }
}
