package org.salus.kb.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.salus.kb.Document;
import org.salus.kb.embed.Embedder;

/**
 * Builds a collection's next index generation: copies the serving index, replaces only the documents whose
 * content changed (embedding just those), then publishes the new generation atomically.
 */
public final class Ingestor {

    private static final int BATCH = 32;

    private final CollectionStore store;
    private final Embedder embedder;
    private final Chunker chunker;

    public Ingestor(CollectionStore store, Embedder embedder, Chunker chunker) {
        this.store = store;
        this.embedder = embedder;
        this.chunker = chunker;
    }

    /**
     * Adds or updates {@code documents} in {@code collection}. With {@code replace}, documents of the collection
     * that are not in this batch are removed. Unchanged documents cost nothing.
     */
    public IngestReport ingest(String collection, List<Document> documents, boolean replace, IngestProgress progress)
            throws IOException {
        return ingest(collection, documents, replace, Set.of(), progress);
    }

    /**
     * Adds or updates {@code documents} and removes the documents named in {@code remove} (ids the collection does
     * not hold are ignored; an id that is also in {@code documents} is kept), in one new generation.
     */
    public IngestReport ingest(String collection, List<Document> documents, Set<String> remove, IngestProgress progress)
            throws IOException {
        return ingest(collection, documents, false, remove, progress);
    }

    private IngestReport ingest(String collection, List<Document> documents, boolean replace, Set<String> remove,
                                IngestProgress progress) throws IOException {
        long start = System.nanoTime();
        List<String> warnings = new ArrayList<>();
        Map<String, Document> batch = new LinkedHashMap<>();
        for (Document d : documents) {
            if (batch.put(d.id(), d) != null) {
                warnings.add("document id '" + d.id() + "' appears more than once; the last one was kept");
            }
        }
        try (CollectionStore.BuildLock ignored = store.lock(collection)) {
            Path current = store.current(collection).orElse(null);
            Map<String, String> existing = current == null ? Map.of() : hashes(current);
            boolean sameModel = current == null
                    || CollectionStore.readManifest(current).embedding().equals(embedder.name());
            if (!sameModel) {
                warnings.add("the collection was built with embedding '" + CollectionStore.readManifest(current).embedding()
                        + "'; every document is re-embedded with '" + embedder.name()
                        + "' and documents not in this batch are removed");
                replace = true;
            }
            List<Document> changed = new ArrayList<>();
            for (Document d : batch.values()) {
                if (!sameModel || !d.contentHash().equals(existing.get(d.id()))) {
                    changed.add(d);
                }
            }
            Set<String> removed = new HashSet<>();
            if (replace) {
                existing.keySet().stream().filter(id -> !batch.containsKey(id)).forEach(removed::add);
            } else {
                remove.stream().filter(id -> existing.containsKey(id) && !batch.containsKey(id)).forEach(removed::add);
            }
            int unchanged = batch.size() - changed.size();
            if (changed.isEmpty() && removed.isEmpty() && current != null) {
                store.removeOtherGenerations(collection, current);
                Totals totals = totals(current);
                return new IngestReport(collection, batch.size(), 0, unchanged, 0, 0, totals.documents(),
                        totals.passages(), Duration.ofNanos(System.nanoTime() - start), false, warnings);
            }
            Path generation = store.newGeneration(collection);
            int passages;
            try (Directory dir = FSDirectory.open(generation);
                 IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new IndexAnalyzer())
                         .setRAMBufferSizeMB(64))) {
                if (current != null && sameModel) {
                    try (Directory old = FSDirectory.open(current)) {
                        writer.addIndexes(old);
                    }
                    for (Document d : changed) {
                        writer.deleteDocuments(new Term(Fields.DOC_ID, d.id()));
                    }
                    for (String id : removed) {
                        writer.deleteDocuments(new Term(Fields.DOC_ID, id));
                    }
                }
                passages = write(writer, changed, progress, start);
                // One segment: a vector query searches each segment's HNSW graph in turn, so serving from one graph
                // instead of several cuts the cost of every hybrid search (merging also drops the deleted passages).
                writer.forceMerge(1);
                writer.commit();
            }
            Totals totals = totals(generation);
            CollectionStore.writeManifest(generation, new CollectionStore.Manifest(embedder.name(),
                    totals.dimension(), totals.documents(), totals.passages()));
            store.publish(collection, generation);
            return new IngestReport(collection, batch.size(), changed.size(), unchanged,
                    current != null && sameModel ? removed.size() : existing.size() - countIn(existing, batch),
                    passages, totals.documents(), totals.passages(), Duration.ofNanos(System.nanoTime() - start),
                    true, warnings);
        }
    }

    private static int countIn(Map<String, String> existing, Map<String, Document> batch) {
        return (int) existing.keySet().stream().filter(batch::containsKey).count();
    }

    private int write(IndexWriter writer, List<Document> documents, IngestProgress progress, long start)
            throws IOException {
        int passagesDone = 0;
        int docsDone = 0;
        List<Passage> pending = new ArrayList<>();
        Map<String, Document> owners = new HashMap<>();
        for (Document document : documents) {
            List<Passage> passages = chunker.chunk(document);
            pending.addAll(passages);
            passages.forEach(p -> owners.put(p.docId(), document));
            docsDone++;
            if (pending.size() >= BATCH) {
                passagesDone += flush(writer, pending, owners);
                progress.update(docsDone, documents.size(), passagesDone, System.nanoTime() - start);
            }
        }
        passagesDone += flush(writer, pending, owners);
        progress.update(docsDone, documents.size(), passagesDone, System.nanoTime() - start);
        return passagesDone;
    }

    private int flush(IndexWriter writer, List<Passage> pending, Map<String, Document> owners) throws IOException {
        if (pending.isEmpty()) {
            return 0;
        }
        List<float[]> vectors = embedder.passages(pending.stream().map(Ingestor::embeddingText).toList());
        for (int i = 0; i < pending.size(); i++) {
            writer.addDocument(PassageDocument.of(pending.get(i), owners.get(pending.get(i).docId()), vectors.get(i)));
        }
        int n = pending.size();
        pending.clear();
        return n;
    }

    static String embeddingText(Passage p) {
        String heading = p.section().isBlank() || p.section().equals(p.title()) ? "" : p.section() + ". ";
        return p.title() + ". " + heading + p.text();
    }

    private static Map<String, String> hashes(Path generation) throws IOException {
        Map<String, String> hashes = new HashMap<>();
        try (Directory dir = FSDirectory.open(generation); DirectoryReader reader = DirectoryReader.open(dir)) {
            StoredFields fields = reader.storedFields();
            var bits = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
            Set<String> wanted = Set.of(Fields.DOC_ID, Fields.DOC_HASH);
            for (int i = 0; i < reader.maxDoc(); i++) {
                if (bits != null && !bits.get(i)) {
                    continue;
                }
                var doc = fields.document(i, wanted);
                hashes.put(doc.get(Fields.DOC_ID), doc.get(Fields.DOC_HASH));
            }
        }
        return hashes;
    }

    private record Totals(int documents, int passages, int dimension) {}

    private static Totals totals(Path generation) throws IOException {
        try (Directory dir = FSDirectory.open(generation); DirectoryReader reader = DirectoryReader.open(dir)) {
            int dimension = 0;
            for (var leaf : reader.leaves()) {
                var info = leaf.reader().getFieldInfos().fieldInfo(Fields.VECTOR);
                if (info != null) {
                    dimension = info.getVectorDimension();
                }
            }
            return new Totals(hashes(generation).size(), reader.numDocs(), dimension);
        }
    }
}
