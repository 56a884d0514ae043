package org.salus.kb.index;

import java.time.LocalDate;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.salus.kb.Document;

/** The Lucene form of one passage: what is analysed for search and what is stored for citations. */
final class PassageDocument {

    private PassageDocument() {
    }

    static org.apache.lucene.document.Document of(Passage p, Document source, float[] vector) {
        var doc = new org.apache.lucene.document.Document();
        String lang = p.language();
        doc.add(new StringField(Fields.PASSAGE_ID, p.id(), Field.Store.YES));
        doc.add(new StringField(Fields.DOC_ID, p.docId(), Field.Store.YES));
        doc.add(new StoredField(Fields.DOC_HASH, source.contentHash()));
        if (!p.title().equals(p.docId())) {
            doc.add(new TextField(Fields.title(lang), p.title(), Field.Store.NO));
        }
        doc.add(new StoredField(Fields.TITLE_TEXT, p.title()));
        doc.add(new StoredField(Fields.SECTION, p.section()));
        doc.add(new TextField(Fields.body(lang), p.section().equals(p.title()) ? p.text() : p.section() + "\n" + p.text(),
                Field.Store.NO));
        doc.add(new StoredField(Fields.BODY_TEXT, p.text()));
        for (String synonym : source.synonyms()) {
            doc.add(new TextField(Fields.synonyms(lang), synonym, Field.Store.NO));
            doc.add(new StoredField(Fields.SYNONYMS_TEXT, synonym));
        }
        doc.add(new StringField(Fields.LANGUAGE, lang, Field.Store.YES));
        doc.add(new StoredField(Fields.PUBLISHER, p.publisher()));
        doc.add(new StoredField(Fields.URL, p.url()));
        doc.add(new StringField(Fields.STATUS, p.reviewStatus(), Field.Store.YES));
        if (p.reviewedOn() != null) {
            doc.add(new StoredField(Fields.REVIEWED_ON, p.reviewedOn().toString()));
        }
        if (source.review().reviewer() != null) {
            doc.add(new StoredField(Fields.REVIEWER, source.review().reviewer()));
        }
        if (p.updatedOn() != null) {
            doc.add(new StoredField(Fields.UPDATED_ON, p.updatedOn().toString()));
        }
        LocalDate expires = source.review().expiresOn();
        doc.add(new LongField(Fields.EXPIRES, expires == null ? Long.MAX_VALUE : expires.toEpochDay(), Field.Store.YES));
        for (Document.Code code : source.codes()) {
            doc.add(new StringField(Fields.CODE, code.system() + "|" + code.code(), Field.Store.YES));
        }
        doc.add(new IntField(Fields.ORDINAL, ordinal(p.id()), Field.Store.YES));
        if (vector != null) {
            doc.add(new KnnFloatVectorField(Fields.VECTOR, vector, VectorSimilarityFunction.COSINE));
        }
        return doc;
    }

    /** Document order of a passage ({@code doc#section.part}), so answers can quote in reading order. */
    static int ordinal(String passageId) {
        String[] parts = passageId.substring(passageId.lastIndexOf('#') + 1).split("\\.");
        return Integer.parseInt(parts[0]) * 1000 + Integer.parseInt(parts[1]);
    }
}
