package org.salus.kb.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.salus.kb.Review;
import org.salus.kb.ReviewStatus;
import org.salus.kb.index.Fields;

/** Reads a generation document by document, for reviewers: every document's metadata, and one document's passages. */
final class DocumentCatalog {

    private static final Set<String> META = Set.of(Fields.DOC_ID, Fields.DOC_HASH, Fields.TITLE_TEXT, Fields.LANGUAGE,
            Fields.PUBLISHER, Fields.URL, Fields.STATUS, Fields.REVIEWED_ON, Fields.REVIEWER, Fields.EXPIRES);

    private DocumentCatalog() {
    }

    /** Every document of the generation, once each, sorted by id. */
    static List<IndexedDocument> documents(IndexSearcher searcher) throws IOException {
        var reader = searcher.getIndexReader();
        var live = MultiBits.getLiveDocs(reader);
        var stored = searcher.storedFields();
        Map<String, IndexedDocument> documents = new LinkedHashMap<>();
        for (int i = 0; i < reader.maxDoc(); i++) {
            if (live != null && !live.get(i)) {
                continue;
            }
            var doc = stored.document(i, META);
            documents.computeIfAbsent(doc.get(Fields.DOC_ID), id -> {
                String reviewer = doc.get(Fields.REVIEWER);
                // An index written before reviewers were stored cannot show who reviewed: no date is claimed then.
                String reviewed = reviewer == null ? null : doc.get(Fields.REVIEWED_ON);
                var expires = doc.getField(Fields.EXPIRES);
                long day = expires == null ? Long.MAX_VALUE : expires.numericValue().longValue();
                Review review = new Review(ReviewStatus.parse(doc.get(Fields.STATUS)), reviewer,
                        reviewed == null ? null : LocalDate.parse(reviewed),
                        day == Long.MAX_VALUE ? null : LocalDate.ofEpochDay(day));
                return new IndexedDocument(id, doc.get(Fields.DOC_HASH), doc.get(Fields.TITLE_TEXT),
                        doc.get(Fields.LANGUAGE), doc.get(Fields.PUBLISHER), doc.get(Fields.URL), review);
            });
        }
        return documents.values().stream().sorted(Comparator.comparing(IndexedDocument::id)).toList();
    }

    /** The stored passages of one document in reading order (empty when the generation does not hold it). */
    static List<org.apache.lucene.document.Document> passages(IndexSearcher searcher, String documentId, Set<String> fields)
            throws IOException {
        ScoreDoc[] hits = searcher.search(new TermQuery(new Term(Fields.DOC_ID, documentId)), 10_000).scoreDocs;
        List<org.apache.lucene.document.Document> passages = new ArrayList<>();
        for (ScoreDoc hit : hits) {
            passages.add(searcher.storedFields().document(hit.doc, fields));
        }
        passages.sort(Comparator.comparingInt(d -> d.getField(Fields.ORDINAL).numericValue().intValue()));
        return passages;
    }
}
