package org.salus.kb.search;

import org.salus.kb.embed.Embedder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.salus.kb.index.CollectionStore;
import org.salus.kb.index.Fields;
import org.salus.kb.Review;
import org.salus.kb.index.Passage;

/**
 * Hybrid retrieval over one collection: BM25 over title, body and "also called" names, plus nearest
 * neighbours of the query embedding, fused by weighted min-max scores; only servable documents are returned.
 * Follows the collection's {@code CURRENT} generation, so a finished ingest is served without a restart.
 */
public final class CollectionSearcher implements AutoCloseable {

    private static final Set<String> STORED = Set.of(Fields.PASSAGE_ID, Fields.DOC_ID, Fields.TITLE_TEXT,
            Fields.SECTION, Fields.BODY_TEXT, Fields.LANGUAGE, Fields.PUBLISHER, Fields.URL, Fields.STATUS,
            Fields.REVIEWED_ON, Fields.UPDATED_ON, Fields.ORDINAL, Fields.DOC_HASH);

    private final CollectionStore store;
    private final String name;
    private final Embedder embedder;
    private final SearchSettings settings;
    private final Map<String, Synonyms> synonyms;
    private final OpenGeneration generations;
    private final ServingFilter serving;

    public CollectionSearcher(CollectionStore store, String name, Embedder embedder, SearchSettings settings,
                              Map<String, Synonyms> synonymsByLanguage) {
        this(store, name, embedder, settings, synonymsByLanguage, ReviewOverrides.NONE);
    }

    /** A searcher that applies review decisions made after indexing over the indexed review of each document. */
    public CollectionSearcher(CollectionStore store, String name, Embedder embedder, SearchSettings settings,
                              Map<String, Synonyms> synonymsByLanguage, ReviewOverrides overrides) {
        this.store = store;
        this.name = name;
        this.embedder = embedder;
        this.settings = settings;
        this.synonyms = Map.copyOf(synonymsByLanguage);
        this.generations = new OpenGeneration(store, name, embedder.name());
        this.serving = new ServingFilter(name, overrides);
    }

    public String name() {
        return name;
    }

    public boolean available() {
        generations.maybeRefresh();
        return generations.serving();
    }

    public Embedder embedder() {
        return embedder;
    }

    /** Passages best matching the query, at most {@code k}, best first. */
    public List<ScoredPassage> search(SearchQuery query) {
        return read(o -> search(o, query), List.of());
    }

    /** Other names (lay or clinical) of the phrases in {@code text}, from the language's synonym lists. */
    public List<String> expansions(String text, String language) {
        Synonyms list = synonyms.get(Fields.analysisLanguage(language));
        return list == null ? List.of() : list.expansions(text);
    }

    /** The best passage of each of the {@code k} best documents, for document-level runs (TREC). */
    public List<ScoredPassage> searchDocuments(SearchQuery query) {
        List<ScoredPassage> passages = search(query.withK(Math.min(1000, query.k() * 4)));
        Map<String, ScoredPassage> best = new LinkedHashMap<>();
        for (ScoredPassage p : passages) {
            best.putIfAbsent(p.passage().docId(), p);
        }
        return best.values().stream().limit(query.k()).toList();
    }

    public CollectionStats stats() {
        return read(OpenGeneration.Opened::stats, new CollectionStats(name, 0, 0, Map.of(), null, embedder.name()));
    }

    private List<ScoredPassage> search(OpenGeneration.Opened o, SearchQuery query) throws IOException {
        Query filter = servableFilter(o, query.language());
        int depth = Math.max(settings.depth(), query.k());
        Map<Integer, double[]> scores = new HashMap<>();
        Map<Integer, Double> cosines = new HashMap<>();
        Query lexical = LexicalQuery.of(query, settings, synonyms);
        boolean confident = false;
        if (lexical != null) {
            ScoreDoc[] hits = o.searcher().search(new BooleanQuery.Builder().add(lexical, Occur.MUST)
                    .add(filter, Occur.FILTER).build(), depth).scoreDocs;
            LexicalQuery.normaliseInto(hits, scores, 0);
            confident = settings.skipsDense(LexicalConfidence.margin(hits));
        }
        // BM25 confident: no query embedding and no nearest-neighbour search, even when the caller brought a vector,
        // so a question ranks the same whether or not it was embedded upstream
        float[] vector = confident ? null : query.vector();
        if (!confident && vector == null && embedder.enabled() && o.stats().dimension() != null) {
            vector = embedder.query(query.text());
        }
        if (vector != null && o.stats().dimension() != null && vector.length == o.stats().dimension()) {
            ScoreDoc[] hits = o.searcher().search(new KnnFloatVectorQuery(Fields.VECTOR, vector, depth, filter), depth).scoreDocs;
            LexicalQuery.normaliseInto(hits, scores, 1);
            for (ScoreDoc hit : hits) {
                cosines.put(hit.doc, 2.0 * hit.score - 1.0);
            }
        }
        boolean hybrid = vector != null && o.stats().dimension() != null;
        double w = hybrid ? settings.lexicalWeight() : 1.0;
        List<Map.Entry<Integer, Double>> ranked = new ArrayList<>();
        for (var e : scores.entrySet()) {
            double[] s = e.getValue();
            ranked.add(Map.entry(e.getKey(), w * s[0] + (1 - w) * s[1]));
        }
        ranked.sort(Map.Entry.<Integer, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        List<ScoredPassage> result = new ArrayList<>();
        var stored = o.searcher().storedFields();
        for (var e : ranked.subList(0, Math.min(query.k(), ranked.size()))) {
            var doc = stored.document(e.getKey(), STORED);
            double[] s = scores.get(e.getKey());
            result.add(new ScoredPassage(passage(doc, serving.reviews(o)), ordinal(doc),
                    e.getValue(), s[0], s[1], cosines.getOrDefault(e.getKey(), Double.NaN)));
        }
        return result;
    }

    /** The stored passage, with the decided review (status and date) in place of the indexed one where there is one. */
    private static Passage passage(org.apache.lucene.document.Document doc, Map<String, Review> decided) {
        Review review = decided.get(doc.get(Fields.DOC_ID));
        return new Passage(doc.get(Fields.PASSAGE_ID), doc.get(Fields.DOC_ID), doc.get(Fields.TITLE_TEXT),
                doc.get(Fields.SECTION), doc.get(Fields.BODY_TEXT), doc.get(Fields.LANGUAGE),
                doc.get(Fields.PUBLISHER), doc.get(Fields.URL), review == null ? doc.get(Fields.STATUS) : review.status().id(),
                review == null ? date(doc.get(Fields.REVIEWED_ON)) : review.reviewedOn(), date(doc.get(Fields.UPDATED_ON)),
                doc.get(Fields.DOC_HASH));
    }

    private static LocalDate date(String stored) {
        return stored == null ? null : LocalDate.parse(stored);
    }

    private static int ordinal(org.apache.lucene.document.Document doc) {
        var ordinal = doc.getField(Fields.ORDINAL);
        return ordinal == null ? 0 : ordinal.numericValue().intValue();
    }

    /**
     * The first passage of each servable document carrying {@code code} in {@code system} (as documents write it,
     * e.g. {@code ICD-10-CM}), at most {@code k} documents, preferring {@code language} when the collection has it.
     */
    public List<Passage> byCode(String system, String code, String language, int k) {
        generations.maybeRefresh();
        OpenGeneration.Opened o = generations.acquire();
        if (o == null) {
            return List.of();
        }
        try {
            Query query = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.CODE, system.toUpperCase(java.util.Locale.ROOT) + "|" + code)), Occur.FILTER)
                    .add(servableFilter(o, language), Occur.FILTER).build();
            var stored = o.searcher().storedFields();
            Map<String, Map.Entry<Integer, Passage>> first = new LinkedHashMap<>();
            for (ScoreDoc hit : o.searcher().search(query, 1000).scoreDocs) {
                var doc = stored.document(hit.doc, STORED);
                Passage p = passage(doc, serving.reviews(o));
                int ordinal = ordinal(doc);
                first.merge(p.docId(), Map.entry(ordinal, p), (a, b) -> a.getKey() <= b.getKey() ? a : b);
            }
            return first.values().stream().map(Map.Entry::getValue).limit(k).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            OpenGeneration.release(o);
        }
    }

    private Query servableFilter(OpenGeneration.Opened o, String language) {
        BooleanQuery.Builder filter = new BooleanQuery.Builder().add(serving.servable(o), Occur.FILTER);
        if (o.stats().languages().getOrDefault(language, 0) > 0) {
            filter.add(new TermQuery(new Term(Fields.LANGUAGE, language)), Occur.FILTER);
        }
        return filter.build();
    }

    /** Every document of the serving generation with its indexed review, servable or not, for reviewers. */
    public List<IndexedDocument> documents() {
        return read(o -> DocumentCatalog.documents(o.searcher()), List.of());
    }

    /** One document's passages in reading order, whatever its review, for reviewers (empty when not indexed). */
    public List<Passage> passages(String documentId) {
        return read(o -> DocumentCatalog.passages(o.searcher(), documentId, STORED).stream()
                .map(d -> passage(d, Map.of())).toList(), List.of());
    }

    /** The decided reviews the searcher applies now over the indexed ones, by document id. */
    public Map<String, Review> decidedReviews() {
        return read(serving::reviews, Map.of());
    }

    private interface Read<T> {
        T apply(OpenGeneration.Opened o) throws IOException;
    }

    private <T> T read(Read<T> action, T none) {
        generations.maybeRefresh();
        OpenGeneration.Opened o = generations.acquire();
        if (o == null) {
            return none;
        }
        try {
            return action.apply(o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            OpenGeneration.release(o);
        }
    }

    @Override
    public void close() throws IOException {
        generations.close();
    }
}
