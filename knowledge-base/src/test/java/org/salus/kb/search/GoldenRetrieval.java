package org.salus.kb.search;

import org.salus.kb.embed.Embedder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.salus.kb.TinyCorpus;
import org.salus.kb.index.Chunker;
import org.salus.kb.index.CollectionStore;
import org.salus.kb.index.IngestProgress;
import org.salus.kb.index.Ingestor;

/** The tiny corpus indexed once into a folder, searched the way the assistant searches it. */
final class GoldenRetrieval implements AutoCloseable {

    static final String COLLECTION = "tiny";

    private final CollectionSearcher searcher;

    GoldenRetrieval(Path dataDir, Embedder embedder) {
        CollectionStore store = new CollectionStore(dataDir);
        try {
            new Ingestor(store, embedder, Chunker.standard())
                    .ingest(COLLECTION, TinyCorpus.documents(), true, IngestProgress.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        searcher = new CollectionSearcher(store, COLLECTION, embedder, SearchSettings.defaults(),
                Map.of("en", TinyCorpus.synonyms(), "es", Synonyms.empty()));
    }

    /** Distinct documents of the best passages, best first. */
    List<String> documents(String query, String language) {
        return searcher.searchDocuments(SearchQuery.of(query, language, 5)).stream()
                .map(p -> p.passage().docId()).toList();
    }

    List<ScoredPassage> passages(String query, String language, int k) {
        return searcher.search(SearchQuery.of(query, language, k));
    }

    CollectionSearcher searcher() {
        return searcher;
    }

    @Override
    public void close() throws IOException {
        searcher.close();
    }
}
