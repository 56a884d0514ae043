package org.salus.kb.ingest;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.salus.kb.Document;
import org.salus.kb.TinyCorpus;

/** Reads the importer fixtures under {@code src/test/resources/importers}. */
final class Fixtures {

    private Fixtures() {
    }

    static ImportResult read(String format, String folder) {
        return Importers.forFormat(format).orElseThrow()
                .read(TinyCorpus.resource("importers/" + folder), ImportOptions.defaults());
    }

    static Map<String, Document> byId(ImportResult result) {
        return result.documents().stream().collect(Collectors.toMap(Document::id, Function.identity()));
    }

    static String fileName(ImportProblem problem) {
        return problem.file().getFileName().toString();
    }
}
