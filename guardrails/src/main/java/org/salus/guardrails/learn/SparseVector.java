package org.salus.guardrails.learn;

/** Hashed features of one text: sorted distinct indexes with their values (unit length over all of them). */
public record SparseVector(int[] index, float[] value) {

    public static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

    public int size() {
        return index.length;
    }

    public double dot(float[] weights) {
        double sum = 0;
        for (int i = 0; i < index.length; i++) {
            sum += weights[index[i]] * value[i];
        }
        return sum;
    }
}
