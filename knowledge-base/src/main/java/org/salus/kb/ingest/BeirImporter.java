package org.salus.kb.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.salus.kb.Document;
import org.salus.kb.Document.Section;

/** Reads a BEIR corpus ({@code corpus.jsonl} with {@code _id}, {@code title}, {@code text}). */
final class BeirImporter implements DocumentImporter {

    @Override
    public String format() {
        return "beir";
    }

    @Override
    public ImportResult read(Path path, ImportOptions options) {
        return JsonLines.read(SourceFiles.list(path, n -> n.startsWith("corpus.jsonl")), record -> {
            String id = JsonLines.required(record, "_id");
            String text = JsonLines.required(record, "text");
            String title = SalusMarkdownImporter.text(record, "title");
            return Optional.of(new Document(id, title, "en", null, null,
                    List.of(new Section(title, TextBlocks.normaliseParagraphs(text))),
                    List.of(), List.of(), options.review(), List.of()));
        });
    }
}
