package org.salus.kb.ingest;

import java.util.List;
import org.salus.kb.Document;

/** The documents read from a source and the records that were skipped, with reasons. */
public record ImportResult(List<Document> documents, List<ImportProblem> problems) {

    public ImportResult {
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
    }
}
