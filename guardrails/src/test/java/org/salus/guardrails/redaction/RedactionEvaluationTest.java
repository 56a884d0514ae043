package org.salus.guardrails.redaction;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class RedactionEvaluationTest {

    private static Path evalDir() {
        return Path.of(System.getProperty("salus.shared", "../../shared")).resolve("eval");
    }

    @Test
    void scoresPresidioSyntheticSetAtLeastAsWellAsMeasured() {
        Path dir = evalDir();
        assumeTrue(Files.isRegularFile(dir.resolve(RedactionEvaluation.DATASET)),
                "Presidio synthetic PII set not found under " + dir + "; skipping");
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int code = RedactionEvaluation.run(dir, new PrintStream(buf, true, StandardCharsets.UTF_8));
        String report = buf.toString(StandardCharsets.UTF_8);
        assertThat(code).isZero();
        assertThat(report).contains("OVERALL", "structured", "Presidio published");
    }

    @Test
    void countsOverlapsWithinTypeFamilies() {
        RedactionEvaluation.Score score = new RedactionEvaluation.Score();
        RedactionEvaluation.Sample sample = new RedactionEvaluation.Sample("Ann lives at 5 Elm St, Leeds",
                List.of(new Span(0, 3, "PERSON"), new Span(13, 21, "STREET_ADDRESS"), new Span(23, 28, "GPE")));
        score.add(sample, List.of(new Span(0, 3, "PERSON"), new Span(13, 28, "ADDRESS"), new Span(4, 9, "DATE")), null);
        assertThat(score.all).containsExactly(3, 3, 3, 2);
    }

    @Test
    void missingDataSetIsReportedNotThrown() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int code = RedactionEvaluation.run(Path.of("/nonexistent"), new PrintStream(buf, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
    }
}
