package org.salus.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.salus.guardrails.GuardrailSettings;
import org.salus.guardrails.Guardrails;
import org.salus.guardrails.InputAssessment;
import org.salus.guardrails.UserTurn;

/**
 * Cost of the guardrails' input chain per message (lexical layers; the query embedding is computed by retrieval
 * anyway and is not included), as a sampled latency distribution over real consumer questions.
 * Run: {@code bench/guardrails.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class GuardrailsBenchmark {

    @Param({"../shared"})
    public String shared;

    private Guardrails guardrails;
    private List<String> messages;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        guardrails = Guardrails.load(GuardrailSettings.defaults());
        messages = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(Path.of(shared, "eval/consumer-questions/healthsearchqa_dev.jsonl"))) {
            messages.add(json.readTree(line).get("question").asText());
        }
        for (String line : Files.readAllLines(Path.of(shared, "eval/triage-dev/triage_dev.jsonl"))) {
            var node = json.readTree(line);
            messages.add(node.has("message") ? node.get("message").asText() : node.elements().next().asText());
        }
    }

    @Benchmark
    public InputAssessment assess() {
        String message = messages.get(next++ % messages.size());
        return guardrails.assess(UserTurn.of(message, "en"));
    }
}
