package org.salus.guardrails.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.salus.guardrails.SharedEval;
import org.salus.guardrails.redaction.Span;

/**
 * The CI gate of the redaction suite: the project's clinical note sets, ASQ-PHI and Presidio's sentences must hold
 * every floor. The report is written to {@code target/redaction-eval.txt}.
 */
class RedactionTargetsTest {

    @Test
    void holdsEveryRedactionFloor() throws Exception {
        Path dir = SharedEval.dir();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = RedactionEvaluation.run(dir, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String report = bytes.toString(StandardCharsets.UTF_8);
        Files.writeString(Path.of("target/redaction-eval.txt"), report);
        assertThat(report).contains("Clinical notes dev").contains("Clinical notes blind-v1").contains("ASQ-PHI")
                .contains("Presidio");
        assertThat(report.lines().filter(l -> l.startsWith("  ✗"))).as("redaction floors broken; see "
                + "guardrails/target/redaction-eval.txt").isEmpty();
        assertThat(status).isZero();
    }

    @Test
    void aGoldIdentifierIsFoundByAnyOverlappingRedactionWhateverItsType() {
        RedactionSets.Note note = new RedactionSets.Note("n", "test", "en", "Ann lives at 5 Elm St, Leeds",
                List.of(new Span(0, 3, "PERSON"), new Span(13, 21, "LOCATION"), new Span(23, 28, "LOCATION")));
        SpanScore score = new SpanScore();
        score.add(note, List.of(new Span(0, 3, "LOCATION"), new Span(13, 28, "ADDRESS"), new Span(4, 9, "DATE")), null);
        assertThat(score.recall()).isEqualTo(new Rate(3, 3));
        assertThat(score.precision()).isEqualTo(new Rate(2, 3));
    }

    @Test
    void aMissingDataFolderIsReportedNotThrown() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = RedactionEvaluation.run(Path.of("/nonexistent"), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(2);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("not found");
    }
}
