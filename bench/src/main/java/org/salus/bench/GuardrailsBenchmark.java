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
import org.salus.guardrails.decision.InputAssessment;
import org.salus.guardrails.decision.UserTurn;
import org.salus.guardrails.learn.BgeQueryEmbedder;

/**
 * Cost of the guardrails' input chain per message beyond the query embedding that retrieval computes anyway (it is
 * computed once here and passed in, as the app does): the rules plus the learned heads, against the rules alone in
 * the same run. Messages: real consumer questions, triage starter messages and short posts. Sampled latency.
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
    private Guardrails rulesOnly;
    private List<String> messages;
    private List<float[]> embeddings;
    private int next;
    private int nextRules;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        BgeQueryEmbedder embedder = new BgeQueryEmbedder();
        guardrails = Guardrails.load(GuardrailSettings.defaults().withEmbedder(embedder));
        rulesOnly = Guardrails.load(GuardrailSettings.defaults().withoutLearnedLayer());
        messages = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(Path.of(shared, "eval/consumer-questions/healthsearchqa_dev.jsonl"))) {
            messages.add(json.readTree(line).get("question").asText());
        }
        for (String line : Files.readAllLines(Path.of(shared, "eval/triage-dev/triage_dev.jsonl"))) {
            var node = json.readTree(line);
            messages.add(node.has("message") ? node.get("message").asText() : node.elements().next().asText());
        }
        for (String line : Files.readAllLines(Path.of(shared, "eval/tsid-suicide/tsid.jsonl"))) {
            messages.add(json.readTree(line).get("post").asText());
        }
        embeddings = messages.stream().map(embedder::embed).toList();
    }

    /** Rules and learned heads, with the retrieval embedding passed in. */
    @Benchmark
    public InputAssessment assess() {
        int i = next++ % messages.size();
        return guardrails.assess(new UserTurn(messages.get(i), "en", null, embeddings.get(i), null));
    }

    /** The rules alone: the baseline of the same run. */
    @Benchmark
    public InputAssessment rulesOnly() {
        return rulesOnly.assess(UserTurn.of(messages.get(nextRules++ % messages.size()), "en"));
    }
}
