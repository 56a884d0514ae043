package org.salus.kb.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The shared loop of the JSON-lines importers: one record a line, bad lines reported and skipped. */
final class JsonLines {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Maps one JSON object to a document, or to empty when the record is valid but has nothing to serve. */
    interface RecordMapper {
        Optional<org.salus.kb.Document> map(JsonNode record);
    }

    private JsonLines() {
    }

    static ImportResult read(List<Path> files, RecordMapper mapper) {
        List<org.salus.kb.Document> documents = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        for (Path file : files) {
            long lineNumber = 0;
            try (BufferedReader reader = SourceFiles.reader(file)) {
                String line;
                while ((line = reader.readLine()) != null) {
                    lineNumber++;
                    if (line.isBlank()) {
                        continue;
                    }
                    try {
                        JsonNode record = JSON.readTree(line);
                        if (record == null || !record.isObject()) {
                            throw new MalformedRecord(lineNumber, "expected a JSON object");
                        }
                        mapper.map(record).ifPresent(documents::add);
                    } catch (JsonProcessingException e) {
                        problems.add(new ImportProblem(file, lineNumber, "not valid JSON: " + e.getOriginalMessage()));
                    } catch (MalformedRecord e) {
                        problems.add(new ImportProblem(file, lineNumber, e.getMessage()));
                    } catch (IllegalArgumentException e) {
                        problems.add(new ImportProblem(file, lineNumber, e.getMessage()));
                    }
                }
            } catch (IOException e) {
                problems.add(new ImportProblem(file, lineNumber, "cannot read: " + e.getMessage()));
            }
        }
        return new ImportResult(documents, problems);
    }

    static String required(JsonNode record, String field) {
        String value = SalusMarkdownImporter.text(record, field);
        if (value == null || value.isBlank()) {
            throw new MalformedRecord(0, "missing field '" + field + "'");
        }
        return value;
    }

    static String language(String value) {
        if (value == null) {
            return "en";
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "spanish", "es", "español", "espanol" -> "es";
            default -> "en";
        };
    }
}
