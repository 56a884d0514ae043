package org.salus.kb.search;

/**
 * How hybrid retrieval weighs its parts: the lexical share of the fused score, field boosts, the weight of
 * synonym expansions, and how deep each retriever looks before fusion.
 */
public record SearchSettings(double lexicalWeight, float titleBoost, float synonymBoost, float expansionBoost, int depth) {

    public SearchSettings {
        if (lexicalWeight < 0 || lexicalWeight > 1) {
            throw new IllegalArgumentException("lexicalWeight must be within 0..1");
        }
        if (depth < 1) {
            throw new IllegalArgumentException("depth must be positive");
        }
    }

    public static SearchSettings defaults() {
        return new SearchSettings(0.5, 2.0f, 1.5f, 0.4f, 100);
    }
}
