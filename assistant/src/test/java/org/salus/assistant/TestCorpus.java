package org.salus.assistant;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.salus.kb.index.Chunker;
import org.salus.kb.index.CollectionStore;
import org.salus.kb.index.IngestProgress;
import org.salus.kb.index.Ingestor;
import org.salus.kb.ingest.ImportOptions;
import org.salus.kb.ingest.Importers;
import org.salus.kb.embed.Embedder;

/**
 * A data directory holding the knowledge base's tiny test corpus, built once per build (under {@code target/})
 * and shared by the integration tests.
 */
public final class TestCorpus {

    public static final Path SOURCE = Path.of("../knowledge-base/src/test/resources/tiny-corpus");

    private TestCorpus() {
    }

    /** The data directory for {@code salus.data-dir}, with collection {@code default} built with the given embedding. */
    public static synchronized Path dataDir(String embedding) {
        Path dir = Path.of("target", "it-data", "tiny-" + embedding).toAbsolutePath();
        CollectionStore store = new CollectionStore(dir);
        if (store.current("default").isPresent()) {
            return dir;
        }
        try {
            Files.createDirectories(dir);
            var documents = Importers.forFormat("salus-md").orElseThrow().read(SOURCE, ImportOptions.defaults()).documents();
            Embedder embedder = "none".equals(embedding) ? Embedder.none() : Embedder.bgeSmall();
            new Ingestor(store, embedder, Chunker.standard()).ingest("default", documents, true, IngestProgress.NONE);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
