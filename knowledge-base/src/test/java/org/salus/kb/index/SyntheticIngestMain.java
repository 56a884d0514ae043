package org.salus.kb.index;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.salus.kb.Document;
import org.salus.kb.Document.Section;
import org.salus.kb.HashingEmbeddingModel;

/**
 * Run in a separate JVM by {@link KilledBuildTest}: ingests a large synthetic batch slowly into a collection so
 * the test can kill the process part-way through a build. Arguments: data dir, collection, documents, delay ms.
 */
public final class SyntheticIngestMain {

    private SyntheticIngestMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        String collection = args[1];
        int count = Integer.parseInt(args[2]);
        long delay = Long.parseLong(args[3]);
        List<Document> documents = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            documents.add(new Document("synthetic-" + i, "Synthetic topic " + i, "en", "Synthetic", null,
                    List.of(new Section("Body", "Synthetic passage number " + i + " about nothing in particular.")),
                    List.of(), List.of(), null, List.of()));
        }
        var ingestor = new Ingestor(new CollectionStore(dataDir),
                HashingEmbeddingModel.embedder(new HashingEmbeddingModel(delay)), Chunker.standard());
        try {
            ingestor.ingest(collection, documents, false, IngestProgress.NONE);
            System.out.println("finished");
        } catch (IllegalStateException e) {
            System.out.println("refused: " + e.getMessage());
            System.exit(3);
        }
    }
}
