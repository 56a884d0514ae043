package org.salus.kb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.FSDirectory;
import org.salus.kb.index.CollectionStore;

/**
 * The collection generation being served: follows {@code CURRENT} (checked at most once a second), opens a new
 * generation beside the old one and switches atomically, and reference-counts readers so a search in flight
 * finishes on the generation it started with.
 */
final class OpenGeneration implements AutoCloseable {

    private static final long RECHECK_NANOS = 1_000_000_000L;

    record Opened(Path generation, DirectoryReader reader, IndexSearcher searcher, CollectionStats stats) {
    }

    private final CollectionStore store;
    private final String name;
    private final String embedding;
    private final AtomicReference<Opened> opened = new AtomicReference<>();
    private volatile long lastCheck;

    OpenGeneration(CollectionStore store, String name, String embedding) {
        this.store = store;
        this.name = name;
        this.embedding = embedding;
        refresh();
    }

    void maybeRefresh() {
        long now = System.nanoTime();
        if (now - lastCheck > RECHECK_NANOS) {
            refresh();
        }
    }

    private synchronized void refresh() {
        lastCheck = System.nanoTime();
        Path generation = store.current(name).orElse(null);
        Opened old = opened.get();
        if (generation == null || (old != null && old.generation.equals(generation))) {
            return;
        }
        try {
            DirectoryReader reader = DirectoryReader.open(FSDirectory.open(generation));
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setSimilarity(new BM25Similarity());
            opened.set(new Opened(generation, reader, searcher, CollectionStats.of(name, reader, embedding)));
            if (old != null) {
                old.reader.decRef();
            }
        } catch (IOException e) {
            // A generation that cannot be opened is never served; the previous one stays.
            lastCheck = System.nanoTime();
        }
    }

    boolean serving() {
        return opened.get() != null;
    }

    /** The served generation with its reader's count raised, or null; hand it back with {@link #release}. */
    Opened acquire() {
        while (true) {
            Opened o = opened.get();
            if (o == null) {
                return null;
            }
            if (o.reader.tryIncRef()) {
                return o;
            }
        }
    }

    static void release(Opened o) {
        try {
            o.reader.decRef();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        Opened o = opened.getAndSet(null);
        if (o != null) {
            o.reader.decRef();
        }
    }
}
