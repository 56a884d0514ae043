package org.salus.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a request's CPU milliseconds go, from a JFR recording of the server taken with JDK 25's CPU-time sampler
 * ({@code jdk.CPUTimeSample}, which also sees the ONNX encoder's native work on the calling thread), cut by the
 * batches {@link CostBenchmark} wrote to its phases file: per phase, CPU ms and heap allocated per request by stage
 * (allocation from {@code jdk.ObjectAllocationSample}), and a flame graph.
 * Usage: {@code CpuProfile --jfr FILE --phases FILE --out DIR}; writes {@code DIR/<phase>.svg} and, beside the
 * recording, {@code <phase>.collapsed} (the stacks, for other flame graph tools); prints the tables.
 */
public final class CpuProfile {

    /** Stage of a sample, first rule whose marker occurs anywhere in the stack; order matters. */
    private record Rule(String stage, String... markers) {
        boolean matches(String stack) {
            for (String m : markers) {
                if (stack.contains(m)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final String ENCODER = "ai.onnxruntime.|ai.djl.|OnnxBertBiEncoder|langchain4j.model.embedding";

    private static final List<Rule> RULES = List.of(
            new Rule("embedding: guardrails' heads", "learn.SafetyModel"),
            new Rule("embedding: verifier", "OverlapVerifier"),
            new Rule("embedding: query (chat transform)", "DefaultQueryTransformer"),
            new Rule("embedding: query (search)", "CollectionSearcher"),
            new Rule("embedding: other"));

    private static final List<Rule> STAGES = List.of(
            new Rule("guardrails: learned heads", "guardrails.learn."),
            new Rule("HNSW vector search", "KnnFloatVectorQuery", "AbstractKnnVectorQuery", ".hnsw."),
            new Rule("stored fields (passage texts)", "StoredFields", "storedFields"),
            new Rule("query analysis + synonyms", "LexicalQuery.of", "Synonyms.", "QueryBuilder"),
            new Rule("BM25 + filters (Lucene)", "org.apache.lucene."),
            new Rule("query transform (other)", "DefaultQueryTransformer"),
            new Rule("audit + transcript", "assistant.audit.", "org.h2."),
            new Rule("guardrails: output review", "OutputChain", "GuardrailsSafetyGate.review", "Guardrails.review"),
            new Rule("guardrails: input rules", "org.salus.guardrails."),
            new Rule("composer", "ExtractiveComposer", "ReadableSentences", "AnswerSelection"),
            new Rule("verifier", "OverlapVerifier"),
            new Rule("aggregator", "EvidenceAggregator"),
            new Rule("modes", "assistant.modes."),
            new Rule("tools", "assistant.tools."),
            new Rule("chat turn (other)", "org.salus.assistant.chat."),
            new Rule("JSON (Jackson)", "jackson."),
            new Rule("logging", "ch.qos.logback", "org.slf4j"),
            new Rule("Spring MVC + security + filters", "org.springframework."),
            new Rule("Tomcat + HTTP", "org.apache.catalina.", "org.apache.coyote.", "org.apache.tomcat."),
            new Rule("other Salus code", "org.salus."),
            new Rule("other (JDK, JIT-compiled stubs, idle threads)"));

    record Phase(String name, Instant start, Instant end, int requests) {}

    public static void main(String[] args) throws Exception {
        Map<String, String> o = RetrievalBenchmark.options(args);
        List<Phase> phases = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(o.get("--phases")), StandardCharsets.UTF_8)) {
            String[] f = line.strip().split(" ");
            phases.add(new Phase(f[0], Instant.ofEpochMilli(Long.parseLong(f[1])), Instant.ofEpochMilli(Long.parseLong(f[2])),
                    Integer.parseInt(f[3])));
        }
        Path out = Path.of(o.getOrDefault("--out", "docs/perf"));
        Files.createDirectories(out);
        Map<String, Integer> requests = new LinkedHashMap<>();
        phases.forEach(p -> requests.merge(p.name(), p.requests(), Integer::sum));
        Map<String, Map<String, Double>> byStage = new LinkedHashMap<>();
        Map<String, Map<String, Double>> collapsed = new LinkedHashMap<>();
        Map<String, Map<String, Double>> allocated = new LinkedHashMap<>();
        requests.keySet().forEach(n -> {
            allocated.put(n, new TreeMap<>());
            byStage.put(n, new TreeMap<>());
            collapsed.put(n, new TreeMap<>());
        });
        try (RecordingFile recording = new RecordingFile(Path.of(o.get("--jfr")))) {
            while (recording.hasMoreEvents()) {
                RecordedEvent e = recording.readEvent();
                String type = e.getEventType().getName();
                boolean allocation = type.equals("jdk.ObjectAllocationSample");
                if (!(allocation || type.equals("jdk.CPUTimeSample")) || e.getStackTrace() == null) {
                    continue;
                }
                Phase phase = phases.stream().filter(p -> !e.getStartTime().isBefore(p.start()) && e.getStartTime().isBefore(p.end()))
                        .findFirst().orElse(null);
                if (phase == null) {
                    continue;
                }
                List<String> frames = new ArrayList<>();
                for (RecordedFrame f : e.getStackTrace().getFrames()) {
                    frames.add(f.getMethod().getType().getName() + "." + f.getMethod().getName());
                }
                String stack = String.join(";", frames);
                if (allocation) {
                    allocated.get(phase.name()).merge(stage(stack), e.getLong("weight") / 1024.0, Double::sum);
                    continue;
                }
                double ms = e.getDuration("samplingPeriod").toNanos() / 1e6;
                byStage.get(phase.name()).merge(stage(stack), ms, Double::sum);
                List<String> rootFirst = new ArrayList<>(frames.reversed());
                String thread = e.getThread("eventThread") == null ? "?" : e.getThread("eventThread").getJavaName();
                rootFirst.addFirst(thread == null ? "?" : thread.replaceAll("-\\d+$", "-N").replaceAll("\\d+", "N"));
                collapsed.get(phase.name()).merge(String.join(";", rootFirst.stream().map(CpuProfile::shortName).toList()),
                        ms, Double::sum);
            }
        }
        for (String name : requests.keySet()) {
            int n = requests.get(name);
            Map<String, Double> stages = byStage.get(name);
            double total = stages.values().stream().mapToDouble(Double::doubleValue).sum();
            Map<String, Double> heap = allocated.get(name);
            double kb = heap.values().stream().mapToDouble(Double::doubleValue).sum();
            System.out.printf(Locale.ROOT, "%n%s: %d requests, %.2f sampled CPU ms and %.0f KB allocated per request%n%n",
                    name, n, total / n, kb / n);
            System.out.println("| stage | CPU ms per request | share | KB allocated per request |");
            System.out.println("|---|---|---|---|");
            stages.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .forEach(s -> System.out.printf(Locale.ROOT, "| %s | %.2f | %.1f %% | %.0f |%n", s.getKey(),
                            s.getValue() / n, 100 * s.getValue() / total, heap.getOrDefault(s.getKey(), 0.0) / n));
            StringBuilder text = new StringBuilder();
            collapsed.get(name).forEach((stack, ms) -> text.append(stack).append(' ').append(Math.round(ms * 1000)).append('\n'));
            Path jfr = Path.of(o.get("--jfr")).toAbsolutePath();
            Files.writeString(jfr.resolveSibling(name + ".collapsed"), text, StandardCharsets.UTF_8);
            Files.writeString(out.resolve(name + ".svg"), FlameGraph.svg(name + ": server CPU per request, "
                    + String.format(Locale.ROOT, "%.1f ms sampled", total / n), collapsed.get(name)), StandardCharsets.UTF_8);
        }
    }

    static String stage(String stack) {
        if (matchesAny(stack, ENCODER.split("\\|"))) {
            return RULES.stream().filter(r -> r.markers().length == 0 || r.matches(stack)).findFirst().orElseThrow().stage();
        }
        return STAGES.stream().filter(r -> r.markers().length == 0 || r.matches(stack)).findFirst().orElseThrow().stage();
    }

    private static boolean matchesAny(String stack, String[] markers) {
        for (String m : markers) {
            if (stack.contains(m)) {
                return true;
            }
        }
        return false;
    }

    private static final Map<String, String> LIBRARIES = Map.of("org.salus.", "salus.", "org.springframework.", "spring.",
            "org.apache.lucene.", "lucene.", "org.apache.catalina.", "tomcat.", "org.apache.coyote.", "tomcat.",
            "org.apache.tomcat.", "tomcat.", "ai.onnxruntime.", "onnx.", "ai.djl.", "onnx.djl.", "dev.langchain4j.", "lc4j.",
            "tools.jackson.", "jackson.");

    /** {@code org.salus.assistant.rag.RagPipeline.answer} → {@code salus.a.rag.RagPipeline.answer}. */
    static String shortName(String frame) {
        for (var l : LIBRARIES.entrySet()) {
            if (frame.startsWith(l.getKey())) {
                frame = l.getValue() + frame.substring(l.getKey().length());
                break;
            }
        }
        String[] parts = frame.split("\\.");
        StringBuilder b = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            boolean pkg = i < parts.length - 3 && !parts[i].isEmpty() && Character.isLowerCase(parts[i].charAt(0));
            b.append('.').append(pkg ? parts[i].substring(0, 1) : parts[i]);
        }
        return b.toString().replace(';', ',');
    }

    private CpuProfile() {
    }
}
