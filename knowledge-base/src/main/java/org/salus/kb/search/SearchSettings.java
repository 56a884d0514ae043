package org.salus.kb.search;

/**
 * How hybrid retrieval weighs its parts: the lexical share of the fused score, field boosts, the weight of
 * synonym expansions, how deep each retriever looks before fusion, and when BM25 alone is confident enough that
 * dense retrieval (and the query embedding it needs) is skipped.
 *
 * @param skipDenseAt the {@link LexicalConfidence} margin at or above which the query is answered by BM25 alone;
 *                    0 never skips (the default, since no cut-off kept NFCorpus dev nDCG@10 at or above 0.368)
 */
public record SearchSettings(double lexicalWeight, float titleBoost, float synonymBoost, float expansionBoost, int depth,
                             double skipDenseAt) {

    public SearchSettings {
        if (lexicalWeight < 0 || lexicalWeight > 1) {
            throw new IllegalArgumentException("lexicalWeight must be within 0..1");
        }
        if (depth < 1) {
            throw new IllegalArgumentException("depth must be positive");
        }
        if (!(skipDenseAt >= 0 && skipDenseAt <= 1)) {
            throw new IllegalArgumentException("skipDenseAt must be within 0..1 (0: never skip)");
        }
    }

    /** Settings that never skip dense retrieval. */
    public SearchSettings(double lexicalWeight, float titleBoost, float synonymBoost, float expansionBoost, int depth) {
        this(lexicalWeight, titleBoost, synonymBoost, expansionBoost, depth, 0);
    }

    public static SearchSettings defaults() {
        return new SearchSettings(0.5, 2.0f, 1.5f, 0.4f, 100, 0);
    }

    /** The same settings with dense retrieval skipped at BM25 margins of {@code margin} or more (0: never). */
    public SearchSettings withSkipDenseAt(double margin) {
        return new SearchSettings(lexicalWeight, titleBoost, synonymBoost, expansionBoost, depth, margin);
    }

    /** Whether a query whose BM25 hits have this confidence is answered by BM25 alone. */
    boolean skipsDense(double confidence) {
        return skipDenseAt > 0 && confidence >= skipDenseAt;
    }
}
