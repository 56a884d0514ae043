package org.salus.assistant.modes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.salus.kb.search.ScoredPassage;

/**
 * Reciprocal-rank fusion (Cormack, Clarke and Büttcher, 2009; k = 60 by default, {@code salus.rag.fusion.k}) of
 * several ranked passage lists into one, so a mode that retrieves more than once (per sub-question, per agent) still
 * has a single ranking of what it reads.
 */
final class RankFusion {

    private final int k;

    RankFusion(int k) {
        this.k = k;
    }

    /**
     * Each passage scores the sum of 1 / (k + rank) over the lists it appears in (rank from 1); ties keep the order of
     * first appearance. The returned passages carry the fused score and the first list's lexical and semantic parts.
     */
    List<ScoredPassage> reciprocal(List<List<ScoredPassage>> lists) {
        Map<String, ScoredPassage> first = new LinkedHashMap<>();
        Map<String, Double> fused = new LinkedHashMap<>();
        for (List<ScoredPassage> list : lists) {
            for (int rank = 0; rank < list.size(); rank++) {
                ScoredPassage p = list.get(rank);
                String id = p.passage().id();
                first.putIfAbsent(id, p);
                fused.merge(id, 1.0 / (k + rank + 1), Double::sum);
            }
        }
        List<ScoredPassage> result = new ArrayList<>();
        for (var e : fused.entrySet()) {
            ScoredPassage p = first.get(e.getKey());
            result.add(new ScoredPassage(p.passage(), p.ordinal(), e.getValue(), p.lexical(), p.semantic(), p.cosine()));
        }
        result.sort((a, b) -> Double.compare(b.score(), a.score()));
        return List.copyOf(result);
    }
}
