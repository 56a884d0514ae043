package org.salus.kb.search;

import org.apache.lucene.search.ScoreDoc;

/**
 * How sure BM25 is of its best passage, read from the scores Lucene already returned (no extra pass), so a search
 * can decide to skip the query embedding and dense retrieval when the lexical winner stands clear of the rest.
 */
final class LexicalConfidence {

    private LexicalConfidence() {
    }

    /**
     * The best hit's margin over the second, relative to the best: {@code 1 - s2 / s1}, within 0..1 (0 for a tie).
     * Fewer than two hits give 0: with nothing to compare, BM25 is not confident and dense retrieval may find more.
     */
    static double margin(ScoreDoc[] hits) {
        if (hits.length < 2 || !(hits[0].score > 0)) {
            return 0;
        }
        double first = Math.max(hits[0].score, hits[1].score);
        double second = Math.min(hits[0].score, hits[1].score);
        return Math.max(0, 1 - second / first);
    }
}
