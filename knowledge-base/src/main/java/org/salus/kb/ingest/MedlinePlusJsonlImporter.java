package org.salus.kb.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.salus.kb.Document;
import org.salus.kb.Document.Section;

/** Reads MedlinePlus health-topic summaries, one JSON object a line (English plain or Spanish Markdown). */
final class MedlinePlusJsonlImporter implements DocumentImporter {

    @Override
    public String format() {
        return "medlineplus-jsonl";
    }

    @Override
    public ImportResult read(Path path, ImportOptions options) {
        return JsonLines.read(SourceFiles.list(path, n -> n.endsWith(".jsonl") || n.endsWith(".jsonl.gz")), record -> {
            String id = JsonLines.required(record, "id");
            String title = JsonLines.required(record, "title");
            String markdown = SalusMarkdownImporter.text(record, "summary_markdown");
            String plain = SalusMarkdownImporter.text(record, "summary");
            List<Section> sections;
            if (markdown != null && !markdown.isBlank()) {
                sections = TextBlocks.sectionsFromMarkdown(markdown, title);
            } else if (plain != null && !plain.isBlank()) {
                sections = List.of(new Section(title, TextBlocks.paragraphsFromRuns(plain)));
            } else {
                throw new MalformedRecord(0, "record '" + id + "' has neither 'summary' nor 'summary_markdown'");
            }
            return Optional.of(new Document(id, title, JsonLines.language(SalusMarkdownImporter.text(record, "language")),
                    MedlinePlusXmlImporter.PUBLISHER, SalusMarkdownImporter.text(record, "url"), sections,
                    SalusMarkdownImporter.strings(record.get("also_called")), List.of(), options.review(), List.of()));
        });
    }
}
