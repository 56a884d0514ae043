package org.salus.assistant.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.salus.assistant.TestCorpus;
import org.salus.kb.index.Chunker;
import org.salus.kb.index.CollectionStore;
import org.salus.kb.index.IngestProgress;
import org.salus.kb.index.Ingestor;
import org.salus.kb.ingest.ImportOptions;
import org.salus.kb.ingest.Importers;
import org.salus.kb.embed.Embedder;

/** The tiny corpus plus two clinic documents (an RxNorm and a LOINC code), indexed lexically, for the clinic ITs. */
public final class ClinicCorpus {

    static final Path EXTRA = Path.of("src/test/resources/clinic-corpus");

    private ClinicCorpus() {
    }

    public static synchronized Path dataDir() {
        Path dir = Path.of("target", "it-data", "clinic").toAbsolutePath();
        CollectionStore store = new CollectionStore(dir);
        if (store.current("default").isPresent()) {
            return dir;
        }
        try {
            Files.createDirectories(dir);
            var importer = Importers.forFormat("salus-md").orElseThrow();
            var documents = new ArrayList<>(importer.read(TestCorpus.SOURCE, ImportOptions.defaults()).documents());
            documents.addAll(importer.read(EXTRA, ImportOptions.defaults()).documents());
            new Ingestor(store, Embedder.none(), Chunker.standard()).ingest("default", documents, true, IngestProgress.NONE);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
