package org.salus.kb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.salus.kb.Review;
import org.salus.kb.index.Fields;

/**
 * Which documents of a generation may be served today: approved or demo and unexpired as indexed, unless a review
 * decision on the document's current content version says otherwise. Rebuilt when the generation, the decisions or
 * the day change; with no decisions it is the indexed rule alone.
 */
final class ServingFilter {

    private record State(Path generation, long revision, LocalDate day, Map<String, Review> reviews, Query filter) {}

    private final String collection;
    private final ReviewOverrides overrides;
    private volatile State state;

    ServingFilter(String collection, ReviewOverrides overrides) {
        this.collection = collection;
        this.overrides = overrides;
    }

    /** The servable documents of the generation {@code o} as a filter query. */
    Query servable(OpenGeneration.Opened o) {
        return current(o).filter();
    }

    /** The decided reviews that replace the indexed ones in this generation, by document id. */
    Map<String, Review> reviews(OpenGeneration.Opened o) {
        return current(o).reviews();
    }

    private State current(OpenGeneration.Opened o) {
        long revision = overrides.revision();
        LocalDate day = LocalDate.now();
        State s = state;
        if (s != null && s.generation().equals(o.generation()) && s.revision() == revision && s.day().equals(day)) {
            return s;
        }
        try {
            s = build(o, revision, day);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        state = s;
        return s;
    }

    private State build(OpenGeneration.Opened o, long revision, LocalDate day) throws IOException {
        Map<String, Review> reviews = new HashMap<>();
        for (String id : overrides.documentIds(collection)) {
            String version = versionOf(o.searcher(), id);
            if (version != null) {
                overrides.review(collection, id, version).ifPresent(r -> reviews.put(id, r));
            }
        }
        BooleanQuery.Builder indexed = new BooleanQuery.Builder()
                .add(new TermInSetQuery(Fields.STATUS, List.of(new BytesRef("approved"), new BytesRef("demo"))), Occur.FILTER)
                .add(LongField.newRangeQuery(Fields.EXPIRES, day.toEpochDay(), Long.MAX_VALUE), Occur.FILTER);
        if (!reviews.isEmpty()) {
            indexed.add(new TermInSetQuery(Fields.DOC_ID, reviews.keySet().stream().map(BytesRef::new).toList()),
                    Occur.MUST_NOT);
        }
        List<BytesRef> served = reviews.entrySet().stream().filter(e -> e.getValue().servableOn(day))
                .map(e -> new BytesRef(e.getKey())).toList();
        Query filter = served.isEmpty() ? indexed.build() : new BooleanQuery.Builder()
                .add(indexed.build(), Occur.SHOULD)
                .add(new TermInSetQuery(Fields.DOC_ID, served), Occur.SHOULD)
                .setMinimumNumberShouldMatch(1).build();
        return new State(o.generation(), revision, day, Map.copyOf(reviews), filter);
    }

    /** The content version of a document in this generation, or null when the generation does not hold it. */
    static String versionOf(IndexSearcher searcher, String documentId) throws IOException {
        ScoreDoc[] hits = searcher.search(new TermQuery(new Term(Fields.DOC_ID, documentId)), 1).scoreDocs;
        return hits.length == 0 ? null : searcher.storedFields().document(hits[0].doc, Set.of(Fields.DOC_HASH))
                .get(Fields.DOC_HASH);
    }
}
