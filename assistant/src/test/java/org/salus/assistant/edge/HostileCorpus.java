package org.salus.assistant.edge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.salus.assistant.TestCorpus;
import org.salus.kb.embed.Embedder;
import org.salus.kb.index.Chunker;
import org.salus.kb.index.CollectionStore;
import org.salus.kb.index.IngestProgress;
import org.salus.kb.index.Ingestor;
import org.salus.kb.ingest.ImportOptions;
import org.salus.kb.ingest.Importers;

/**
 * The tiny test corpus plus one document whose passage has no space in its first several hundred characters (the
 * shape that used to break excerpts), indexed without embeddings, under {@code target/}.
 */
final class HostileCorpus {

    static final String SPACELESS_WORD = "quokkanomics";

    private HostileCorpus() {
    }

    static synchronized Path dataDir() {
        Path dir = Path.of("target", "it-data", "hostile").toAbsolutePath();
        CollectionStore store = new CollectionStore(dir);
        if (store.current("default").isPresent()) {
            return dir;
        }
        try {
            Path source = dir.resolve("source");
            Files.createDirectories(source);
            try (Stream<Path> files = Files.list(TestCorpus.SOURCE)) {
                for (Path file : files.toList()) {
                    Files.copy(file, source.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Files.writeString(source.resolve("spaceless.md"), """
                    ---
                    id: tiny-spaceless
                    title: Quokkanomics
                    language: en
                    publisher: Salus test corpus
                    url: https://example.org/spaceless
                    review: {status: demo, reviewer: null, expires-on: 2099-01-01}
                    ---
                    # Quokkanomics

                    %s.
                    """.formatted((SPACELESS_WORD + ",").repeat(60)));
            var documents = Importers.forFormat("salus-md").orElseThrow().read(source, ImportOptions.defaults()).documents();
            new Ingestor(store, Embedder.none(), Chunker.standard()).ingest("default", documents, true, IngestProgress.NONE);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
