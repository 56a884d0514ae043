package org.salus.guardrails.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.salus.guardrails.redaction.Span;

/**
 * The redaction evaluation's data, read into one shape: Presidio's synthetic sentences, ASQ-PHI's clinician
 * queries, and the clinical notes the project had written for it (JSON lines with gold spans).
 */
final class RedactionSets {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final String PRESIDIO = "presidio-synthetic-pii/synth_dataset_v2.json";
    static final String ASQ_PHI = "asq-phi/asq_phi.jsonl";

    /** Gold types of the project's note sets, by the contract's placeholder types. */
    static final Map<String, String> NOTE_TYPES = Map.of("NAME", "PERSON", "LOCATION", "LOCATION", "DATE", "DATE",
            "PHONE", "PHONE", "AGE", "AGE", "ID", "ID", "EMAIL", "EMAIL", "URL", "URL");

    /** Presidio's gold types that Salus redacts, by its own types; TITLE and NRP are not identifiers. */
    static final Map<String, String> PRESIDIO_TYPES = Map.ofEntries(
            Map.entry("PERSON", "PERSON"), Map.entry("STREET_ADDRESS", "LOCATION"), Map.entry("GPE", "LOCATION"),
            Map.entry("ORGANIZATION", "ORGANIZATION"), Map.entry("CREDIT_CARD", "ID"),
            Map.entry("DATE_TIME", "DATE"), Map.entry("PHONE_NUMBER", "PHONE"), Map.entry("AGE", "AGE"),
            Map.entry("EMAIL_ADDRESS", "EMAIL"), Map.entry("ZIP_CODE", "LOCATION"), Map.entry("DOMAIN_NAME", "URL"),
            Map.entry("IBAN_CODE", "ID"), Map.entry("US_SSN", "ID"), Map.entry("IP_ADDRESS", "ID"),
            Map.entry("US_DRIVER_LICENSE", "ID"));

    /** One text with its gold spans (types already mapped; spans of unscored types kept with type null). */
    record Note(String id, String style, String language, String text, List<Span> gold) {
    }

    /** One ASQ-PHI query with the PHI values it carries (empty: a hard negative). */
    record Query(String text, List<Phi> phi) {
    }

    record Phi(String type, String value) {
    }

    private RedactionSets() {
    }

    static List<Note> presidio(Path file) throws IOException {
        List<Note> notes = new ArrayList<>();
        int n = 0;
        for (JsonNode row : JSON.readTree(file.toFile())) {
            List<Span> gold = new ArrayList<>();
            for (JsonNode s : row.path("spans")) {
                String type = PRESIDIO_TYPES.getOrDefault(s.path("entity_type").asText(), "UNSCORED");
                gold.add(new Span(s.path("start_position").asInt(), s.path("end_position").asInt(), type));
            }
            notes.add(new Note("p" + (++n), "presidio", "en", row.path("full_text").asText(), gold));
        }
        return notes;
    }

    /** The project's note sets: one JSON object per line, {@code id, style, language, text, spans[start,end,type]}. */
    static List<Note> notes(InputStream in) throws IOException {
        List<Note> notes = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = reader.readLine()) != null; ) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode row = JSON.readTree(line);
            String text = row.path("text").asText();
            List<Span> gold = new ArrayList<>();
            for (JsonNode s : row.path("spans")) {
                int start = s.path("start").asInt();
                int end = s.path("end").asInt();
                if (end > text.length() || start >= end) {
                    throw new IOException("gold span outside its text in note " + row.path("id").asText());
                }
                gold.add(new Span(start, end, NOTE_TYPES.getOrDefault(s.path("type").asText(), "UNSCORED")));
            }
            notes.add(new Note(row.path("id").asText(), row.path("style").asText(), row.path("language").asText("en"),
                    text, gold));
        }
        return notes;
    }

    static List<Note> notes(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return notes(in);
        }
    }

    static List<Query> asqPhi(Path file) throws IOException {
        List<Query> queries = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode row = JSON.readTree(line);
            List<Phi> phi = new ArrayList<>();
            for (JsonNode t : row.path("phi_tags")) {
                phi.add(new Phi(t.path("identifier_type").asText(), t.path("value").asText()));
            }
            queries.add(new Query(row.path("query").asText(), phi));
        }
        return queries;
    }
}
