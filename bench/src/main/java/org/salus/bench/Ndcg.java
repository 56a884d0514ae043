package org.salus.bench;

import java.util.List;
import java.util.Map;

/** nDCG@k with linear graded gains, as trec_eval's ndcg_cut (and BEIR) compute it. */
final class Ndcg {

    private Ndcg() {
    }

    static double at(int k, List<String> ranking, Map<String, Integer> judgments) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranking.size()); i++) {
            dcg += judgments.getOrDefault(ranking.get(i), 0) / log2(i + 2);
        }
        List<Integer> ideal = judgments.values().stream().filter(g -> g > 0).sorted((a, b) -> b - a).toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(k, ideal.size()); i++) {
            idcg += ideal.get(i) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
