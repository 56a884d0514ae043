package org.salus.guardrails.learn;

/**
 * One logistic classifier over the text's hashed features and, when trained with them, its sentence embedding; its
 * raw score is mapped to a calibrated probability by Platt scaling fitted on out-of-fold scores.
 *
 * @param dense  weights of the embedding dimensions (empty for a features-only head)
 * @param sparse weights of the hashed feature slots ({@link Featurizer#DIMENSION} long)
 */
public record Head(String name, float[] dense, float[] sparse, float bias, double plattA, double plattB) {

    public boolean usesEmbedding() {
        return dense.length > 0;
    }

    /** The raw score; {@code embedding} is ignored by a features-only head and must be unit length otherwise. */
    public double logit(SparseVector features, float[] embedding) {
        double z = bias + features.dot(sparse);
        if (dense.length > 0 && embedding != null) {
            for (int i = 0; i < dense.length; i++) {
                z += dense[i] * embedding[i];
            }
        }
        return z;
    }

    public double probability(SparseVector features, float[] embedding) {
        return sigmoid(plattA * logit(features, embedding) + plattB);
    }

    public static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }
}
