package org.salus.kb.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.QueryBuilder;
import org.salus.kb.index.Fields;
import org.salus.kb.text.Analyzers;

/**
 * The lexical half of hybrid retrieval: the BM25 query over body, title and "also called" names with the question's
 * lay/clinical expansions, and the min-max normalisation that puts its scores beside the vector scores.
 */
final class LexicalQuery {

    private LexicalQuery() {
    }

    static void normaliseInto(ScoreDoc[] hits, Map<Integer, double[]> scores, int slot) {
        if (hits.length == 0) {
            return;
        }
        double max = hits[0].score;
        double min = hits[hits.length - 1].score;
        for (ScoreDoc hit : hits) {
            max = Math.max(max, hit.score);
            min = Math.min(min, hit.score);
        }
        double range = max - min;
        for (ScoreDoc hit : hits) {
            double value = range <= 1e-9 ? 1.0 : (hit.score - min) / range;
            scores.computeIfAbsent(hit.doc, d -> new double[2])[slot] = value;
        }
    }

    static Query of(SearchQuery query, SearchSettings settings, Map<String, Synonyms> synonyms) {
        String lang = query.language();
        QueryBuilder builder = new QueryBuilder(Analyzers.forLanguage(lang));
        BooleanQuery.Builder bool = new BooleanQuery.Builder();
        int clauses = 0;
        clauses += add(bool, builder.createBooleanQuery(Fields.body(lang), query.text()), 1f);
        clauses += add(bool, builder.createBooleanQuery(Fields.title(lang), query.text()), settings.titleBoost());
        clauses += add(bool, builder.createBooleanQuery(Fields.synonyms(lang), query.text()), settings.synonymBoost());
        List<String> expansions = new ArrayList<>(query.expansions());
        Synonyms list = synonyms.get(Fields.analysisLanguage(lang));
        if (list != null) {
            expansions.addAll(list.expansions(query.text()));
        }
        for (String expansion : expansions.stream().distinct().limit(12).toList()) {
            clauses += add(bool, builder.createPhraseQuery(Fields.body(lang), expansion), settings.expansionBoost());
            clauses += add(bool, builder.createPhraseQuery(Fields.title(lang), expansion),
                    settings.expansionBoost() * settings.titleBoost());
        }
        return clauses == 0 ? null : bool.build();
    }

    private static int add(BooleanQuery.Builder bool, Query q, float boost) {
        if (q == null) {
            return 0;
        }
        bool.add(boost == 1f ? q : new BoostQuery(q, boost), Occur.SHOULD);
        return 1;
    }
}
