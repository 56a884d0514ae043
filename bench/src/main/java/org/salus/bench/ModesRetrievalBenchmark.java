package org.salus.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * NFCorpus dev nDCG@10 of what each answer mode reads: a running Salus serving collection {@code nfcorpus} is asked
 * {@code GET /api/search?mode=M&k=100} (the mode's own ranking, {@code ModeRunner.ranking}) and its passages are cut to
 * documents at their best rank; plain Lucene BM25 over the same documents is scored in the same run as the baseline.
 * Usage: {@code ModesRetrievalBenchmark --url http://127.0.0.1:18093 [--shared ../shared] [--data-dir DIR]
 * [--queries dev.titles]}.
 */
public final class ModesRetrievalBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int DEPTH = 100;

    private ModesRetrievalBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = RetrievalBenchmark.options(args);
        String url = o.getOrDefault("--url", "http://127.0.0.1:18093");
        if (!url.startsWith("http://127.") && !url.startsWith("http://localhost")) {
            throw new IllegalArgumentException("the benchmark only targets loopback addresses");
        }
        Path nf = Path.of(o.getOrDefault("--shared", "../shared")).resolve("data/nfcorpus/heidelberg");
        if (!Files.isDirectory(nf)) {
            System.err.println("NFCorpus not found under " + nf + "; skipping (pass --shared DIR).");
            return;
        }
        String querySet = o.getOrDefault("--queries", "dev.titles");
        Map<String, String> queries = RetrievalBenchmark.readQueries(nf.resolve(querySet + ".queries.tsv"));
        Map<String, Map<String, Integer>> qrels = RetrievalBenchmark.readQrels(nf.resolve("dev.2-1-0.qrel.tsv"));
        queries.keySet().retainAll(qrels.keySet());
        Path baseline = Path.of(o.getOrDefault("--data-dir", "data/bench-nfcorpus")).resolve("nfcorpus-plain-bm25");
        RetrievalBenchmark.buildBaseline(nf.resolve("docs.test+dev.preprocessed.tsv.gz"), baseline);
        var plain = RetrievalBenchmark.plainBm25(baseline, queries, qrels);

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        record Row(String name, String scored, String mode) {}
        List<Row> rows = List.of(
                new Row("`/api/search` without a mode", "hybrid search of the query text as given", null),
                new Row("instant", "the hybrid candidates of the transformed question (synonyms added), as the pipeline retrieves them", "instant"),
                new Row("thinking", "each sub-question's candidates, fused by reciprocal rank (k = 60)", "thinking"),
                new Row("contemplating", "the four agents' own rankings of the shared candidates, fused by reciprocal rank (k = 60)", "contemplating"));
        Map<String, List<List<String>>> rankings = new LinkedHashMap<>();
        Map<String, Double> times = new LinkedHashMap<>();
        for (Row row : rows) {
            List<List<String>> lists = new ArrayList<>();
            List<Long> ns = new ArrayList<>();
            for (String q : queries.values()) {
                long t = System.nanoTime();
                lists.add(documents(http, url, q, row.mode()));
                ns.add(System.nanoTime() - t);
            }
            rankings.put(row.name(), lists);
            times.put(row.name(), RetrievalBenchmark.median(ns));
        }
        System.out.printf(Locale.ROOT, "%nNFCorpus %s: %d queries with judgments%n%n", querySet, queries.size());
        System.out.println("| ranking | what is scored | nDCG@10 | ratio to plain BM25 | queries whose top 10 differs from Instant | median ms per query |");
        System.out.println("|---|---|---|---|---|---|");
        System.out.printf(Locale.ROOT, "| plain Lucene BM25 (EnglishAnalyzer, defaults) | BM25 over the same documents, in process | %.4f | 1.000 | – | %.2f |%n",
                plain.ndcg(), plain.medianNanos() / 1e6);
        List<String> ids = new ArrayList<>(queries.keySet());
        List<List<String>> instant = rankings.get("instant");
        for (Row row : rows) {
            List<List<String>> lists = rankings.get(row.name());
            List<Double> scores = new ArrayList<>();
            int differs = 0;
            for (int i = 0; i < ids.size(); i++) {
                scores.add(Ndcg.at(10, lists.get(i), qrels.get(ids.get(i))));
                if (!top(lists.get(i)).equals(top(instant.get(i)))) {
                    differs++;
                }
            }
            double ndcg = RetrievalBenchmark.mean(scores);
            System.out.printf(Locale.ROOT, "| %s | %s | %.4f | %.3f | %s | %.2f |%n", row.name(), row.scored(), ndcg,
                    ndcg / plain.ndcg(), "instant".equals(row.mode()) ? "–" : String.valueOf(differs),
                    times.get(row.name()) / 1e6);
        }
    }

    /** The documents of a mode's ranking (or of plain search when {@code mode} is null), each at its best rank. */
    private static List<String> documents(HttpClient http, String url, String query, String mode) throws Exception {
        String path = url + "/api/search?k=" + DEPTH + "&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                + (mode == null ? "" : "&mode=" + mode);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(path)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + r.statusCode() + " for mode " + mode + ": " + r.body());
        }
        LinkedHashSet<String> docs = new LinkedHashSet<>();
        for (JsonNode hit : JSON.readTree(r.body()).get("hits")) {
            docs.add(hit.get("docId").asText());
        }
        return List.copyOf(docs);
    }

    private static List<String> top(List<String> documents) {
        return documents.subList(0, Math.min(10, documents.size()));
    }
}
