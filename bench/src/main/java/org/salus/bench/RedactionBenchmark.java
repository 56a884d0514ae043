package org.salus.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.salus.guardrails.redaction.RedactionMode;
import org.salus.guardrails.redaction.Redactor;

/**
 * Redaction throughput on one thread, in texts per second over a fixed corpus whose size in characters is printed
 * at set-up (so MB/s per core = texts/s × mean characters / 10^6): the project's clinical notes, Presidio's
 * sentences and MedlinePlus summaries, in both modes. Run: {@code bench/redaction.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Threads(1)
@Fork(1)
public class RedactionBenchmark {

    @Param({"../shared"})
    public String shared;

    @Param({"notes", "presidio", "medlineplus"})
    public String corpus;

    private List<String> texts;
    private int next;
    private int nextRecall;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        ObjectMapper json = new ObjectMapper();
        texts = new ArrayList<>();
        switch (corpus) {
            case "notes" -> {
                try (InputStream in = Redactor.class.getClassLoader()
                        .getResourceAsStream("salus/guardrails/eval/redaction/dev.jsonl")) {
                    for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                        if (!line.isBlank()) {
                            texts.add(json.readTree(line).path("text").asText());
                        }
                    }
                }
            }
            case "presidio" -> {
                for (JsonNode n : json.readTree(Path.of(shared, "eval/presidio-synthetic-pii/synth_dataset_v2.json")
                        .toFile())) {
                    texts.add(n.path("full_text").asText());
                }
            }
            default -> {
                for (String line : Files.readAllLines(Path.of(shared,
                        "data/medlineplus/health_topics_en_medquad2017.jsonl"))) {
                    texts.add(json.readTree(line).path("summary").asText());
                }
            }
        }
        long chars = texts.stream().mapToLong(String::length).sum();
        System.out.printf("%n%s: %d texts, mean %.0f characters%n", corpus, texts.size(), (double) chars / texts.size());
    }

    @Benchmark
    public Object balanced() {
        return Redactor.standard().redact(texts.get(next++ % texts.size()));
    }

    @Benchmark
    public Object recallFirst() {
        return Redactor.of(RedactionMode.RECALL_FIRST).redact(texts.get(nextRecall++ % texts.size()));
    }
}
