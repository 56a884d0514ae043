package org.salus.kb.search;

import org.salus.kb.embed.Embedder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salus.kb.TinyCorpus;
import org.salus.kb.index.Chunker;
import org.salus.kb.index.CollectionStore;
import org.salus.kb.index.IngestProgress;
import org.salus.kb.index.Ingestor;

class LibraryTest {

    @TempDir
    Path dataDir;

    @Test
    void opensOnlyBuiltCollectionsAndServesAFinishedIngestWithoutRestart() throws Exception {
        CollectionStore store = new CollectionStore(dataDir);
        try (Library library = new Library(store, Embedder.none(), SearchSettings.defaults(), Map.of())) {
            assertThat(library.collection("tiny")).isEmpty();

            new Ingestor(store, Embedder.none(), Chunker.standard())
                    .ingest("tiny", TinyCorpus.documents(), false, IngestProgress.NONE);

            CollectionSearcher searcher = library.collection("tiny").orElseThrow();
            assertThat(searcher.available()).isTrue();
            assertThat(library.collection("tiny")).containsSame(searcher);
            assertThat(store.collections()).containsExactly("tiny");
        }
    }

    @Test
    void rejectsCollectionNamesThatCouldEscapeTheDataDirectory() {
        Library library = new Library(new CollectionStore(dataDir), Embedder.none(), SearchSettings.defaults(), Map.of());
        assertThatThrownBy(() -> library.collection("../etc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> library.collection("Upper")).isInstanceOf(IllegalArgumentException.class);
    }
}
