package org.salus.kb.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.salus.kb.index.Fields;

/** What a collection holds: documents and passages, per language, and its vector dimension. */
public record CollectionStats(String collection, int documents, int passages, Map<String, Integer> languages,
                    Integer dimension, String embedding) {

    static CollectionStats of(String name, DirectoryReader reader, String embedding) throws IOException {
        Map<String, Integer> languages = new HashMap<>();
        java.util.Set<String> docIds = new java.util.HashSet<>();
        Integer dimension = null;
        for (var leaf : reader.leaves()) {
            var info = leaf.reader().getFieldInfos().fieldInfo(Fields.VECTOR);
            if (info != null) {
                dimension = info.getVectorDimension();
            }
        }
        var stored = reader.storedFields();
        var live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
        Set<String> wanted = Set.of(Fields.DOC_ID, Fields.LANGUAGE);
        for (int i = 0; i < reader.maxDoc(); i++) {
            if (live != null && !live.get(i)) {
                continue;
            }
            var doc = stored.document(i, wanted);
            if (docIds.add(doc.get(Fields.DOC_ID))) {
                languages.merge(doc.get(Fields.LANGUAGE), 1, Integer::sum);
            }
        }
        return new CollectionStats(name, docIds.size(), reader.numDocs(), Map.copyOf(languages), dimension, embedding);
    }
}
