package org.salus.bench;

import com.sun.management.OperatingSystemMXBean;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.salus.kb.index.Chunker;
import org.salus.kb.index.CollectionStore;
import org.salus.kb.index.IngestProgress;
import org.salus.kb.index.Ingestor;
import org.salus.kb.ingest.ImportOptions;
import org.salus.kb.ingest.Importers;
import org.salus.kb.embed.Embedder;

/**
 * Salus's tuned BGE-small session against LangChain4j's stock one, alternating in the same run: CPU time and latency
 * of query embeddings on 1 and 16 threads, then the ingest rate of the MedlinePlus topics.
 * Usage: {@code EmbeddingBenchmark [--shared ../shared] [--rounds 2]}.
 */
public final class EmbeddingBenchmark {

    private static final String INSTRUCTION = "Represent this sentence for searching relevant passages: ";
    private static final List<String> QUESTIONS = List.of("What are the warning signs of a stroke?",
            "How much exercise should adults get each week?", "Is ibuprofen safe in pregnancy?",
            "what causes high blood pressure and how is it treated");

    private EmbeddingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = RetrievalBenchmark.options(args);
        Path shared = Path.of(o.getOrDefault("--shared", "../shared"));
        int rounds = Integer.parseInt(o.getOrDefault("--rounds", "2"));
        EmbeddingModel stock = new BgeSmallEnV15QuantizedEmbeddingModel();
        EmbeddingModel tuned = Embedder.bgeSmall().model().orElseThrow();
        Map<String, EmbeddingModel> models = Map.of("stock", stock, "tuned", tuned);
        System.out.println("| session | threads | embeddings | per second | CPU ms/embedding | p50 ms | p99 ms |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (int round = 0; round < rounds; round++) {
            for (int threads : new int[] {1, 16}) {
                for (String name : List.of("stock", "tuned")) {
                    queries(name, models.get(name), threads, threads == 1 ? 400 : 1600);
                }
            }
        }
        Path topics = shared.resolve("data/medlineplus/health_topics_en_medquad2017.jsonl");
        if (!Files.exists(topics)) {
            System.err.println("no " + topics + "; ingest rate skipped");
            return;
        }
        var documents = Importers.forFormat("medlineplus-jsonl").orElseThrow().read(topics, ImportOptions.defaults()).documents();
        System.out.println();
        System.out.println("| session | passages | seconds | passages/s |");
        System.out.println("|---|---|---|---|");
        for (int round = 0; round < rounds; round++) {
            for (String name : List.of("stock", "tuned")) {
                Path dir = Files.createTempDirectory("salus-embedding-bench");
                var report = new Ingestor(new CollectionStore(dir), new Embedder(models.get(name), "bge-small-en-v1.5-q", ""),
                        Chunker.standard()).ingest("default", documents, true, IngestProgress.NONE);
                System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f |%n", name, report.passagesIndexed(),
                        report.took().toMillis() / 1000.0, report.passagesPerSecond());
            }
        }
        System.exit(0);
    }

    private static void queries(String name, EmbeddingModel model, int threads, int count) throws Exception {
        for (int i = 0; i < 50; i++) {
            model.embed(INSTRUCTION + QUESTIONS.get(i % QUESTIONS.size()) + " warm-up " + i);
        }
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<Long> times = Collections.synchronizedList(new ArrayList<>());
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < count / threads; i++) {
                        long s = System.nanoTime();
                        model.embed(INSTRUCTION + QUESTIONS.get(i % QUESTIONS.size()) + " " + thread + " " + i);
                        times.add(System.nanoTime() - s);
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        }
        double wall = (System.nanoTime() - start) / 1e9;
        double cpuMs = (os.getProcessCpuTime() - cpu) / 1e6;
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "| %s | %d | %d | %.0f | %.2f | %.1f | %.1f |%n", name, threads, sorted.size(),
                sorted.size() / wall, cpuMs / sorted.size(), sorted.get(sorted.size() / 2) / 1e6,
                sorted.get((int) Math.ceil(0.99 * sorted.size()) - 1) / 1e6);
    }
}
