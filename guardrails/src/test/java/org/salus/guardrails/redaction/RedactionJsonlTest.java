package org.salus.guardrails.redaction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RedactionJsonlTest {

    @Test
    void addsRedactedTextAndSpansAndReportsBadLinesByNumber(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.jsonl");
        Path out = dir.resolve("out.jsonl");
        Files.writeString(in, """
                {"id": "a", "text": "Email jane.roe@example.com today"}
                {"id": "b", "text": oops secret-value}
                
                {"id": "c", "text": "Nothing personal here", "lang": "en"}
                ["not", "an", "object"]
                {"id": "d"}
                """, StandardCharsets.UTF_8);
        ByteArrayOutputStream progress = new ByteArrayOutputStream();

        int code = RedactionJsonl.run(in, out, new PrintStream(progress, true, StandardCharsets.UTF_8));

        List<String> lines = Files.readAllLines(out);
        assertThat(code).isEqualTo(1);
        assertThat(lines).hasSize(2);
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertThat(first.get("id").asText()).isEqualTo("a");
        assertThat(first.get("redacted").asText()).isEqualTo("Email [EMAIL] today");
        assertThat(first.get("spans").get(0).get("start").asInt()).isEqualTo(6);
        assertThat(first.get("spans").get(0).get("end").asInt()).isEqualTo(26);
        assertThat(first.get("spans").get(0).get("type").asText()).isEqualTo("EMAIL");
        JsonNode second = new ObjectMapper().readTree(lines.get(1));
        assertThat(second.get("lang").asText()).isEqualTo("en");
        assertThat(second.get("spans")).isEmpty();
        String report = progress.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("line 2 skipped", "line 5 skipped", "line 6 skipped", "2 lines redacted, 3 skipped")
                .doesNotContain("secret-value");
    }

    @Test
    void missingInputIsAnErrorNotAnException(@TempDir Path dir) {
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        int code = RedactionJsonl.run(dir.resolve("absent.jsonl"), dir.resolve("out.jsonl"),
                new PrintStream(progress, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
    }

    @Test
    void recallFirstModeAlsoRemovesAgesAndWeekdaysThatBalancedKeeps(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, "{\"id\": \"a\", \"text\": \"Seen on Monday, 54 years old, BP 120/80.\"}\n",
                StandardCharsets.UTF_8);
        Path balanced = dir.resolve("balanced.jsonl");
        Path recall = dir.resolve("recall.jsonl");
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

        assertThat(RedactionJsonl.run(in, balanced, quiet, RedactionMode.BALANCED)).isZero();
        assertThat(RedactionJsonl.run(in, recall, quiet, RedactionMode.RECALL_FIRST)).isZero();

        String kept = new ObjectMapper().readTree(Files.readString(balanced)).get("redacted").asText();
        String removed = new ObjectMapper().readTree(Files.readString(recall)).get("redacted").asText();
        assertThat(kept).contains("Monday", "54", "120/80");
        assertThat(removed).doesNotContain("Monday", "54").contains("120/80");
    }
}
