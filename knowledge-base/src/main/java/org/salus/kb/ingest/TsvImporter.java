package org.salus.kb.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.salus.kb.Document;
import org.salus.kb.Document.Section;

/** Reads {@code id<TAB>text} or {@code id<TAB>title<TAB>text} lines, optionally gzipped. */
final class TsvImporter implements DocumentImporter {

    @Override
    public String format() {
        return "tsv";
    }

    @Override
    public ImportResult read(Path path, ImportOptions options) {
        List<Document> documents = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        for (Path file : SourceFiles.list(path, n -> n.endsWith(".tsv") || n.endsWith(".tsv.gz") || n.endsWith(".txt"))) {
            long lineNumber = 0;
            try (BufferedReader reader = SourceFiles.reader(file)) {
                String line;
                while ((line = reader.readLine()) != null) {
                    lineNumber++;
                    if (line.isBlank()) {
                        continue;
                    }
                    String[] fields = line.split("\t", -1);
                    if (fields.length < 2 || fields.length > 3 || fields[0].isBlank() || fields[fields.length - 1].isBlank()) {
                        problems.add(new ImportProblem(file, lineNumber,
                                "expected 'id<TAB>text' or 'id<TAB>title<TAB>text', found " + fields.length + " field(s)"));
                        continue;
                    }
                    String title = fields.length == 3 ? fields[1] : null;
                    documents.add(new Document(fields[0].strip(), title, "en", null, null,
                            List.of(new Section(title, fields[fields.length - 1])),
                            List.of(), List.of(), options.review(), List.of()));
                }
            } catch (IOException e) {
                problems.add(new ImportProblem(file, lineNumber, "cannot read: " + e.getMessage()));
            }
        }
        return new ImportResult(documents, problems);
    }
}
