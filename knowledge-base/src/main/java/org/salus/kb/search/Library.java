package org.salus.kb.search;

import org.salus.kb.embed.Embedder;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.salus.kb.index.CollectionStore;

/** All collections under one data directory, opened on first use and shared by every request. */
public final class Library implements AutoCloseable {

    private final CollectionStore store;
    private final Embedder embedder;
    private final SearchSettings settings;
    private final Map<String, Synonyms> synonyms;
    private final ReviewOverrides overrides;
    private final Map<String, CollectionSearcher> open = new ConcurrentHashMap<>();

    public Library(CollectionStore store, Embedder embedder, SearchSettings settings, Map<String, Synonyms> synonyms) {
        this(store, embedder, settings, synonyms, ReviewOverrides.NONE);
    }

    /** A library whose searchers apply review decisions made after indexing. */
    public Library(CollectionStore store, Embedder embedder, SearchSettings settings, Map<String, Synonyms> synonyms,
                   ReviewOverrides overrides) {
        this.overrides = overrides;
        this.store = store;
        this.embedder = embedder;
        this.settings = settings;
        this.synonyms = Map.copyOf(synonyms);
    }

    public CollectionStore store() {
        return store;
    }

    public Embedder embedder() {
        return embedder;
    }

    /** The named collection, if it has a built index. */
    public Optional<CollectionSearcher> collection(String name) {
        CollectionStore.checkName(name);
        if (store.current(name).isEmpty() && !open.containsKey(name)) {
            return Optional.empty();
        }
        return Optional.of(open.computeIfAbsent(name, n -> new CollectionSearcher(store, n, embedder, settings, synonyms,
                overrides)));
    }

    @Override
    public void close() throws IOException {
        for (CollectionSearcher searcher : open.values()) {
            searcher.close();
        }
        open.clear();
    }
}
