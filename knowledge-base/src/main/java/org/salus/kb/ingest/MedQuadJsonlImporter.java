package org.salus.kb.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.salus.kb.Document;
import org.salus.kb.Document.Section;

/**
 * Reads MedQuAD question-answer pairs, one a line; each answered pair becomes a document whose id,
 * {@code SOURCE_DOCID_SecPID}, matches the answer ids that MedQuAD's judgments use.
 */
final class MedQuadJsonlImporter implements DocumentImporter {

    @Override
    public String format() {
        return "medquad-jsonl";
    }

    @Override
    public ImportResult read(Path path, ImportOptions options) {
        return JsonLines.read(SourceFiles.list(path, n -> n.endsWith(".jsonl") || n.endsWith(".jsonl.gz")), record -> {
            String answer = SalusMarkdownImporter.text(record, "answer");
            if (answer == null || answer.isBlank()) {
                return Optional.empty();
            }
            String source = JsonLines.required(record, "source");
            String id = source + "_" + JsonLines.required(record, "doc_id") + "_Sec" + JsonLines.required(record, "pid");
            String question = JsonLines.required(record, "question");
            String focus = SalusMarkdownImporter.text(record, "focus");
            String title = focus == null || focus.isBlank() ? question : focus.strip();
            return Optional.of(new Document(id, title, "en", publisher(source),
                    SalusMarkdownImporter.text(record, "url"),
                    List.of(new Section(question, TextBlocks.paragraphsFromRuns(answer))),
                    SalusMarkdownImporter.strings(record.get("synonyms")), List.of(), options.review(), List.of()));
        });
    }

    private static String publisher(String source) {
        return switch (source) {
            case "CancerGov" -> "National Cancer Institute";
            case "GARD" -> "NIH Genetic and Rare Diseases Information Center";
            case "GHR" -> "NIH MedlinePlus Genetics";
            case "MPlusHealthTopics" -> "NIH MedlinePlus";
            case "NIDDK" -> "National Institute of Diabetes and Digestive and Kidney Diseases";
            case "NINDS" -> "National Institute of Neurological Disorders and Stroke";
            case "NIHSeniorHealth" -> "NIHSeniorHealth";
            case "NHLBI" -> "National Heart, Lung, and Blood Institute";
            case "CDC" -> "Centers for Disease Control and Prevention";
            default -> source;
        };
    }
}
