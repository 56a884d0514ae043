package org.salus.kb.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.salus.kb.Document;
import org.salus.kb.Document.Code;
import org.salus.kb.Document.SourceRef;
import org.salus.kb.Review;
import org.salus.kb.ReviewStatus;

/** Reads the project's own Markdown documents: YAML front matter with provenance and review, then sections. */
final class SalusMarkdownImporter implements DocumentImporter {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern YAML_LINE = Pattern.compile("\\bline (\\d+)");

    @Override
    public String format() {
        return "salus-md";
    }

    @Override
    public ImportResult read(Path path, ImportOptions options) {
        List<Document> documents = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        for (Path file : SourceFiles.list(path, n -> n.endsWith(".md") && !n.equalsIgnoreCase("README.md"))) {
            try {
                documents.add(parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
            } catch (MalformedRecord e) {
                problems.add(new ImportProblem(file, e.line(), e.getMessage()));
            } catch (IOException e) {
                problems.add(new ImportProblem(file, 0, "cannot read: " + e.getMessage()));
            }
        }
        return new ImportResult(documents, problems);
    }

    /** Parses one document; {@code origin} names it in errors. */
    static Document parse(String origin, String text) {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            throw new MalformedRecord(1, "expected front matter starting with '---' on the first line");
        }
        int end = -1;
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals("---")) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            throw new MalformedRecord(1, "front matter is not closed by a '---' line");
        }
        String frontMatter = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, end));
        String body = String.join("\n", java.util.Arrays.copyOfRange(lines, end + 1, lines.length));
        JsonNode meta;
        try {
            meta = YAML.readTree(frontMatter);
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 1 : e.getLocation().getLineNr() + 1;
            throw new MalformedRecord(line, "front matter is not valid YAML: " + fileLines(e.getOriginalMessage()));
        }
        if (meta == null || !meta.isObject()) {
            throw new MalformedRecord(2, "front matter must be a YAML mapping");
        }
        String id = text(meta, "id");
        if (id == null || id.isBlank()) {
            throw new MalformedRecord(lineOf(lines, "id:"), "front matter has no 'id'");
        }
        String title = text(meta, "title");
        var sections = TextBlocks.sectionsFromMarkdown(body, title == null ? "" : title);
        if (sections.isEmpty()) {
            throw new MalformedRecord(end + 2, "document '" + id + "' has no text after the front matter");
        }
        return new Document(id, title, text(meta, "language"), text(meta, "publisher"), text(meta, "url"),
                sections, strings(meta.get("also-called")), codes(lines, meta.get("codes")),
                review(lines, meta.get("review")), sources(meta.get("sources")));
    }

    private static Review review(String[] lines, JsonNode review) {
        if (review == null || !review.isObject()) {
            throw new MalformedRecord(lineOf(lines, "review:"), "front matter has no 'review' mapping with a 'status'");
        }
        try {
            return new Review(ReviewStatus.parse(text(review, "status")), text(review, "reviewer"),
                    date(review, "reviewed-on"), date(review, "expires-on"));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new MalformedRecord(lineOf(lines, "review:"), "bad review: " + e.getMessage());
        }
    }

    private static List<Code> codes(String[] lines, JsonNode codes) {
        List<Code> result = new ArrayList<>();
        if (codes == null) {
            return result;
        }
        for (JsonNode code : codes) {
            String system = text(code, "system");
            String value = text(code, "code");
            if (system == null || value == null) {
                throw new MalformedRecord(lineOf(lines, "codes:"), "each code needs 'system' and 'code'");
            }
            result.add(new Code(system.toUpperCase(Locale.ROOT), value, text(code, "display")));
        }
        return result;
    }

    private static List<SourceRef> sources(JsonNode sources) {
        List<SourceRef> result = new ArrayList<>();
        if (sources != null) {
            for (JsonNode s : sources) {
                result.add(new SourceRef(text(s, "title"), text(s, "publisher"), text(s, "url")));
            }
        }
        return result;
    }

    static List<String> strings(JsonNode node) {
        List<String> result = new ArrayList<>();
        if (node == null || node.isNull()) {
            return result;
        }
        if (node.isArray()) {
            node.forEach(n -> {
                if (!n.isNull() && !n.asText().isBlank()) {
                    result.add(n.asText().strip());
                }
            });
        } else if (!node.asText().isBlank()) {
            result.add(node.asText().strip());
        }
        return result;
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static LocalDate date(JsonNode node, String field) {
        String value = text(node, field);
        return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    }

    /** The YAML parser counts lines from the start of the front matter; the operator reads the file's lines. */
    private static String fileLines(String message) {
        return YAML_LINE.matcher(message == null ? "" : message)
                .replaceAll(m -> "line " + (Long.parseLong(m.group(1)) + 1));
    }

    private static long lineOf(String[] lines, String prefix) {
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith(prefix)) {
                return i + 1;
            }
        }
        return 1;
    }
}
