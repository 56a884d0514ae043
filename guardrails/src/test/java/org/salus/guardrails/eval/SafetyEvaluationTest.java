package org.salus.guardrails.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SafetyEvaluationTest {

    @Test
    void meetsTheSafetyTargetsOnTheSharedDevelopmentSets() {
        Path dir = Path.of(System.getProperty("salus.shared", "../../shared"), "eval");
        assumeTrue(Boolean.getBoolean("salus.eval.full"), "full safety suite runs with -Dsalus.eval.full=true "
                + "(about a minute); the vignette tables run in GuardrailsTest");
        assumeTrue(Files.isDirectory(dir.resolve("harmbench")), "shared evaluation data not found at " + dir);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SafetyEvaluation.run(dir, new PrintStream(bytes, true, StandardCharsets.UTF_8), null);
        String report = bytes.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("HarmBench chemical_biological").contains("Tensor Trust");
        assertThat(report.lines().filter(l -> l.contains("✗ ") && !l.contains("p50 / p99")))
                .as("targets missed (latency is machine-dependent and reported, not gated here)").isEmpty();
    }
}
