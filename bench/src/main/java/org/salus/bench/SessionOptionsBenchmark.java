package org.salus.bench;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.salus.kb.embed.Embedder;

/**
 * ONNX Runtime session options for the BGE-small query encoder (issue 19), each against the session Salus ships,
 * alternating in one process so load from other work moves them alike: process CPU per query embedding with
 * {@code --clients} threads over distinct questions, median of rounds, and the ratio to Salus's session per round.
 * Vectors are checked equal to Salus's within 1e-4 before anything is timed.
 * Usage: {@code SessionOptionsBenchmark --questions FILE [--clients 4] [--rounds 5] [--per-round 200]}.
 */
public final class SessionOptionsBenchmark {

    private static final String PREFIX = "Represent this sentence for searching relevant passages: ";

    public static void main(String[] args) throws Exception {
        Map<String, String> o = RetrievalBenchmark.options(args);
        int clients = Integer.parseInt(o.getOrDefault("--clients", "4"));
        int rounds = Integer.parseInt(o.getOrDefault("--rounds", "5"));
        int perRound = Integer.parseInt(o.getOrDefault("--per-round", "200"));
        List<String> questions = Files.readAllLines(Path.of(o.get("--questions")), StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(s -> !s.isEmpty()).map(q -> PREFIX + q).toList();
        Map<String, EmbeddingModel> models = new LinkedHashMap<>();
        models.put("salus (1 intra-op thread, 1 inter-op, no spinning, ALL_OPT)", Embedder.bgeSmall().model().orElseThrow());
        models.put("+ CPU arena off", session(s -> s.setCPUArenaAllocator(false)));
        models.put("+ memory pattern off", session(s -> s.setMemoryPatternOptimization(false)));
        models.put("+ arena and memory pattern off", session(s -> {
            s.setCPUArenaAllocator(false);
            s.setMemoryPatternOptimization(false);
        }));
        models.put("EXTENDED_OPT instead of ALL_OPT", session(s -> s.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.EXTENDED_OPT)));
        models.put("LangChain4j's stock session", new BgeSmallEnV15QuantizedEmbeddingModel());
        float[] reference = models.values().iterator().next().embed(questions.getFirst()).content().vector();
        for (var m : models.entrySet()) {
            float[] v = m.getValue().embed(questions.getFirst()).content().vector();
            for (int i = 0; i < v.length; i++) {
                if (Math.abs(v[i] - reference[i]) > 1e-4) {
                    throw new IllegalStateException(m.getKey() + " gives other vectors");
                }
            }
            run(m.getValue(), clients, questions.subList(0, Math.min(questions.size(), 100)));
        }
        Map<String, List<Double>> cpu = new LinkedHashMap<>();
        Map<String, List<Double>> ratio = new LinkedHashMap<>();
        models.keySet().forEach(k -> {
            cpu.put(k, new ArrayList<>());
            ratio.put(k, new ArrayList<>());
        });
        for (int round = 0; round < rounds; round++) {
            List<String> batch = new ArrayList<>();
            for (int i = 0; i < perRound; i++) {
                batch.add(questions.get((round * perRound + i) % questions.size()));
            }
            double base = 0;
            for (var m : models.entrySet()) {
                double before = CostBenchmark.cpuMillis("self");
                run(m.getValue(), clients, batch);
                double ms = (CostBenchmark.cpuMillis("self") - before) / batch.size();
                base = base == 0 ? ms : base;
                cpu.get(m.getKey()).add(ms);
                ratio.get(m.getKey()).add(ms / base);
            }
        }
        System.out.printf(Locale.ROOT, "%d threads, %d rounds of %d distinct questions%n%n", clients, rounds, perRound);
        System.out.println("| session | CPU ms per query embedding (median) | ratio to Salus's session (median of rounds) |");
        System.out.println("|---|---|---|");
        for (String k : models.keySet()) {
            System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f× |%n", k, median(cpu.get(k)), median(ratio.get(k)));
        }
        System.exit(0);
    }

    private static void run(EmbeddingModel model, int clients, List<String> texts) throws Exception {
        CostBenchmark.drive(clients, texts, model::embed);
    }

    /** Salus's session (one thread, no spinning, ALL_OPT) with {@code change} applied on top. */
    private static EmbeddingModel session(Option change) throws IOException, OrtException {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        try (InputStream model = resource("/bge-small-en-v1.5-q.onnx"); InputStream tokenizer = resource("/bge-small-en-v1.5-q-tokenizer.json");
             OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            change.accept(options);
            OnnxBertBiEncoder encoder = new OnnxBertBiEncoder(environment, environment.createSession(model.readAllBytes(), options),
                    tokenizer, PoolingMode.CLS);
            return new AbstractInProcessEmbeddingModel(null) {
                @Override
                protected OnnxBertBiEncoder model() {
                    return encoder;
                }

                @Override
                protected Integer knownDimension() {
                    return 384;
                }
            };
        }
    }

    /** A change to the session options. */
    @FunctionalInterface
    private interface Option {
        void accept(OrtSession.SessionOptions options) throws OrtException;
    }

    private static InputStream resource(String name) {
        return BgeSmallEnV15QuantizedEmbeddingModel.class.getResourceAsStream(name);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
