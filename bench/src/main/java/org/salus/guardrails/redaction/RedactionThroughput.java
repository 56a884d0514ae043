package org.salus.guardrails.redaction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Hand-run timing harness: single-thread redaction throughput in characters per second of the thread's CPU time (so that other
 * load on a shared machine distorts it less) over the Presidio
 * sentences and the MedlinePlus English and Spanish summaries, median of several timed passes after warm-up.
 * Run (see docs/BENCHMARKS.md): {@code ./mvnw -B -q -pl bench exec:exec
 * -Dbench.main=org.salus.guardrails.redaction.RedactionThroughput}, or with {@code java -cp … ../shared [passes]}.
 */
public final class RedactionThroughput {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private RedactionThroughput() {
    }

    public static void main(String[] args) throws IOException {
        List<String> rest = new ArrayList<>(List.of(args));
        if (!rest.isEmpty() && rest.getFirst().equals("--shared")) {
            rest.removeFirst();
        }
        Path shared = Path.of(!rest.isEmpty() ? rest.get(0) : "../shared");
        int passes = rest.size() > 1 ? Integer.parseInt(rest.get(1)) : 7;
        List<String> presidio = new ArrayList<>();
        new ObjectMapper().readTree(shared.resolve("eval/presidio-synthetic-pii/synth_dataset_v2.json").toFile())
                .forEach(n -> presidio.add(n.path("full_text").asText()));
        report("presidio-synthetic-pii", presidio, passes);
        report("medlineplus-en", field(shared.resolve("data/medlineplus/health_topics_en_medquad2017.jsonl"), "summary"),
                passes);
        report("medlineplus-es", field(shared.resolve("data/medlineplus/health_topics_es_2024.jsonl"),
                "summary_markdown"), passes);
    }

    private static List<String> field(Path jsonl, String name) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(jsonl)) {
            for (String line; (line = r.readLine()) != null; ) {
                JsonNode n = json.readTree(line);
                texts.add(n.path(name).asText());
            }
        }
        return texts;
    }

    private static void report(String name, List<String> texts, int passes) {
        Redactor redactor = Redactor.standard();
        long chars = texts.stream().mapToLong(String::length).sum();
        for (int i = 0; i < 2; i++) {
            texts.forEach(redactor::redact);
        }
        double[] rates = new double[passes];
        for (int p = 0; p < passes; p++) {
            long start = CPU.getCurrentThreadCpuTime();
            for (String t : texts) {
                redactor.redact(t);
            }
            rates[p] = chars / ((CPU.getCurrentThreadCpuTime() - start) / 1e9);
        }
        Arrays.sort(rates);
        System.out.printf(Locale.ROOT, "%-24s %6d texts %9d chars  median %,.0f chars per CPU-second  (min %,.0f, max %,.0f; %d passes)%n",
                name, texts.size(), chars, rates[passes / 2], rates[0], rates[passes - 1], passes);
    }
}
