package org.salus.kb.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salus.kb.Document;

/** Reads the real third-party extracts in the shared data folder; skipped where that folder is absent. */
class SharedDataImportTest {

    private static final int MEDQUAD_SLICE = 400;

    @Test
    void englishMedlinePlusTopicsAllParse() {
        ImportResult result = read("medlineplus-jsonl", "medlineplus/health_topics_en_medquad2017.jsonl");

        assertThat(result.problems()).isEmpty();
        assertThat(result.documents()).hasSize(981)
                .allSatisfy(d -> assertThat(d.language()).isEqualTo("en"));
        assertThat(result.documents().stream().map(Document::id).distinct()).hasSize(981);
    }

    @Test
    void spanishMedlinePlusTopicsAllParse() {
        ImportResult result = read("medlineplus-jsonl", "medlineplus/health_topics_es_2024.jsonl");

        assertThat(result.problems()).isEmpty();
        assertThat(result.documents()).hasSize(1021)
                .allSatisfy(d -> assertThat(d.language()).isEqualTo("es"))
                .allSatisfy(d -> assertThat(d.sections()).isNotEmpty());
        assertThat(result.documents().stream().map(Document::id).distinct()).hasSize(1021);
    }

    @Test
    void medQuadSliceKeepsAnsweredPairsOnly(@TempDir Path tmp) throws IOException {
        Path slice = tmp.resolve("slice.jsonl");
        List<String> answered = new ArrayList<>();
        writeSliceAroundFirstAnswers(shared("medquad/medquad.jsonl.gz"), slice, answered);

        ImportResult result = Importers.forFormat("medquad-jsonl").orElseThrow().read(slice, ImportOptions.defaults());

        assertThat(result.problems()).isEmpty();
        assertThat(answered).isNotEmpty().hasSizeLessThan(MEDQUAD_SLICE);
        assertThat(result.documents()).extracting(Document::id).containsExactlyElementsOf(answered);
    }

    /** Copies lines on both sides of the first answered pair, so the slice holds null and real answers. */
    private static void writeSliceAroundFirstAnswers(Path medquad, Path slice, List<String> answeredIds)
            throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> before = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(medquad)), StandardCharsets.UTF_8));
             Writer out = Files.newBufferedWriter(slice)) {
            String line;
            int written = 0;
            while ((line = in.readLine()) != null && written < MEDQUAD_SLICE) {
                JsonNode record = json.readTree(line);
                boolean hasAnswer = record.hasNonNull("answer") && !record.get("answer").asText().isBlank();
                if (written == 0 && !hasAnswer) {
                    before.add(line);
                    if (before.size() > MEDQUAD_SLICE / 2) {
                        before.removeFirst();
                    }
                    continue;
                }
                if (written == 0) {
                    for (String earlier : before) {
                        out.write(earlier + "\n");
                        written++;
                    }
                }
                out.write(line + "\n");
                written++;
                if (hasAnswer) {
                    answeredIds.add(record.get("source").asText() + "_" + record.get("doc_id").asText()
                            + "_Sec" + record.get("pid").asText());
                }
            }
        }
    }

    private static ImportResult read(String format, String relative) {
        return Importers.forFormat(format).orElseThrow().read(shared(relative), ImportOptions.defaults());
    }

    private static Path shared(String relative) {
        Path data = sharedRoot().resolve("data").resolve(relative);
        assumeTrue(Files.isRegularFile(data), "shared data not found, skipping: " + data);
        return data;
    }

    static Path sharedRoot() {
        String property = System.getProperty("salus.shared");
        return Stream.of(property == null ? null : Path.of(property), Path.of("../../shared"), Path.of("../shared"))
                .filter(p -> p != null && Files.isDirectory(p.resolve("data")))
                .findFirst()
                .orElse(Path.of("../shared"))
                .toAbsolutePath().normalize();
    }
}
