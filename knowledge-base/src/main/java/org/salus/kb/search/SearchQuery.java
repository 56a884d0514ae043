package org.salus.kb.search;

import java.util.List;

/**
 * One retrieval request: the text, its language, how many passages, an optional precomputed query vector
 * (so the embedding is computed once per turn) and optional extra terms a query transformer added.
 */
public record SearchQuery(String text, String language, int k, float[] vector, List<String> expansions) {

    public SearchQuery {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("query text is empty");
        }
        if (k < 1 || k > 1000) {
            throw new IllegalArgumentException("k must be between 1 and 1000");
        }
        language = language == null ? "en" : language;
        expansions = expansions == null ? List.of() : List.copyOf(expansions);
    }

    public static SearchQuery of(String text, String language, int k) {
        return new SearchQuery(text, language, k, null, List.of());
    }

    public SearchQuery withVector(float[] v) {
        return new SearchQuery(text, language, k, v, expansions);
    }

    public SearchQuery withK(int newK) {
        return new SearchQuery(text, language, newK, vector, expansions);
    }
}
