package org.salus.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.salus.kb.ingest.ImportOptions;
import org.salus.kb.ingest.ImportResult;
import org.salus.kb.ingest.Importers;
import org.salus.kb.search.Synonyms;

/** The checked-in test corpus and synonym list, so every test reads them the same way. */
public final class TinyCorpus {

    public static final List<String> SERVABLE = List.of("tiny-exercise", "tiny-heart-attack", "tiny-ictus-es", "tiny-stroke");
    public static final List<String> NOT_SERVABLE = List.of("tiny-draft-measles", "tiny-expired-flu", "tiny-retired-hypertension");

    private TinyCorpus() {
    }

    public static Path resource(String name) {
        try {
            return Path.of(TinyCorpus.class.getResource("/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("test resource missing: " + name, e);
        }
    }

    public static List<Document> documents() {
        ImportResult result = Importers.forFormat("salus-md").orElseThrow()
                .read(resource("tiny-corpus"), ImportOptions.defaults());
        if (!result.problems().isEmpty()) {
            throw new IllegalStateException("tiny corpus has problems: " + result.problems());
        }
        return result.documents();
    }

    public static Synonyms synonyms() {
        try {
            return Synonyms.empty().withFile(resource("synonyms/lay-clinical-test.txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
