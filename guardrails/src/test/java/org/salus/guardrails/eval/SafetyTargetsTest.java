package org.salus.guardrails.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.salus.guardrails.GuardrailSettings;
import org.salus.guardrails.SharedEval;
import org.salus.guardrails.learn.BgeQueryEmbedder;

/**
 * The CI gate of the safety suite: the production configuration (learned heads with the query embedding) on the
 * blind sets and the shared development sets must meet every target, or the build fails. The report is written to
 * {@code target/safety-eval.txt}.
 */
class SafetyTargetsTest {

    @Test
    void meetsEverySafetyTargetWithTheProductionConfiguration() throws Exception {
        Path dir = SharedEval.dir();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = SafetyEvaluation.run(dir, new PrintStream(bytes, true, StandardCharsets.UTF_8),
                GuardrailSettings.defaults().withEmbedder(new BgeQueryEmbedder()), 8);
        String report = bytes.toString(StandardCharsets.UTF_8);
        Files.writeString(Path.of("target/safety-eval.txt"), report);
        assertThat(report).contains("Blind set v1").contains("HarmBench chemical_biological").contains("Tensor Trust");
        assertThat(report.lines().filter(l -> l.startsWith("  ✗"))).as("safety targets missed; see "
                + "guardrails/target/safety-eval.txt").isEmpty();
        assertThat(status).isZero();
    }
}
