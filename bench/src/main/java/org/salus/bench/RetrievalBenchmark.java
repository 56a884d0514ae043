package org.salus.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.salus.kb.index.Chunker;
import org.salus.kb.index.CollectionStore;
import org.salus.kb.index.Ingestor;
import org.salus.kb.ingest.ImportOptions;
import org.salus.kb.ingest.Importers;
import org.salus.kb.search.CollectionSearcher;
import org.salus.kb.embed.Embedder;
import org.salus.kb.search.SearchQuery;
import org.salus.kb.search.SearchSettings;
import org.salus.kb.search.Synonyms;

/**
 * NFCorpus dev retrieval quality: nDCG@10 of a plain Lucene BM25 run (EnglishAnalyzer, default parameters)
 * and of Salus's retrieval variants, measured in the same run over the same documents.
 * Usage: {@code RetrievalBenchmark [--shared ../shared] [--data-dir data/bench] [--queries dev.titles]}.
 */
public final class RetrievalBenchmark {

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Path shared = Path.of(options.getOrDefault("--shared", "../shared"));
        Path nf = shared.resolve("data/nfcorpus/heidelberg");
        if (!Files.isDirectory(nf)) {
            System.err.println("NFCorpus not found under " + nf + "; skipping (pass --shared DIR).");
            return;
        }
        Path dataDir = Path.of(options.getOrDefault("--data-dir", "data/bench"));
        String querySet = options.getOrDefault("--queries", "dev.titles");
        Path docs = nf.resolve("docs.test+dev.preprocessed.tsv.gz");
        Map<String, String> queries = readQueries(nf.resolve(querySet + ".queries.tsv"));
        Map<String, Map<String, Integer>> qrels = readQrels(nf.resolve("dev.2-1-0.qrel.tsv"));
        queries.keySet().retainAll(qrels.keySet());

        Path baseline = dataDir.resolve("nfcorpus-plain-bm25");
        buildBaseline(docs, baseline);
        CollectionStore store = new CollectionStore(dataDir);
        Embedder embedder = Embedder.bgeSmall();
        var imported = Importers.forFormat("tsv").orElseThrow().read(docs, ImportOptions.defaults());
        System.err.println("Ingesting " + imported.documents().size() + " NFCorpus documents (cached after the first run) …");
        var report = new Ingestor(store, embedder, Chunker.standard()).ingest("nfcorpus", imported.documents(), true,
                (d, t, p, ns) -> {
                    if (d % 200 == 0) {
                        System.err.printf("\r  %d/%d documents, %d passages, %.1f passages/s", d, t, p, p / (ns / 1e9));
                    }
                });
        System.err.printf("%n  indexed %d, unchanged %d; %d passages%n", report.documentsIndexed(),
                report.documentsUnchanged(), report.totalPassages());

        Map<String, Double> results = new LinkedHashMap<>();
        Map<String, Double> latency = new LinkedHashMap<>();
        PlainBm25 plain = plainBm25(baseline, queries, qrels);
        results.put("plain Lucene BM25 (EnglishAnalyzer, defaults)", plain.ndcg());
        latency.put("plain Lucene BM25 (EnglishAnalyzer, defaults)", plain.medianNanos());
        Map<String, Synonyms> synonyms = Map.of("en", Synonyms.builtIn("en"));
        SearchSettings d = SearchSettings.defaults();
        record Variant(String name, SearchSettings settings, Embedder embedder) {}
        List<Variant> variants = List.of(
                new Variant("Salus lexical (BM25 + synonyms)", new SearchSettings(1.0, d.titleBoost(), d.synonymBoost(), d.expansionBoost(), d.depth()), Embedder.none()),
                new Variant("Salus dense (BGE-small only)", new SearchSettings(0.0, d.titleBoost(), d.synonymBoost(), d.expansionBoost(), d.depth()), embedder),
                new Variant("Salus hybrid (default, w=0.5)", d, embedder),
                new Variant("Salus hybrid (w=0.4)", new SearchSettings(0.4, d.titleBoost(), d.synonymBoost(), d.expansionBoost(), d.depth()), embedder),
                new Variant("Salus hybrid (w=0.6)", new SearchSettings(0.6, d.titleBoost(), d.synonymBoost(), d.expansionBoost(), d.depth()), embedder));
        for (Variant v : variants) {
            try (CollectionSearcher searcher = new CollectionSearcher(store, "nfcorpus", v.embedder(), v.settings(), synonyms)) {
                List<Double> scores = new ArrayList<>();
                List<Long> times = new ArrayList<>();
                for (var q : queries.entrySet()) {
                    long t = System.nanoTime();
                    var hits = searcher.searchDocuments(SearchQuery.of(q.getValue(), "en", 10));
                    times.add(System.nanoTime() - t);
                    scores.add(Ndcg.at(10, hits.stream().map(h -> h.passage().docId()).toList(), qrels.get(q.getKey())));
                }
                results.put(v.name(), mean(scores));
                latency.put(v.name(), median(times));
            }
        }
        double base = results.values().iterator().next();
        System.out.printf(Locale.ROOT, "%nNFCorpus %s: %d queries, %d documents, %d passages%n%n", querySet, queries.size(),
                imported.documents().size(), report.totalPassages());
        System.out.println("| method | nDCG@10 | ratio to plain BM25 | median query ms |");
        System.out.println("|---|---|---|---|");
        for (var r : results.entrySet()) {
            System.out.printf(Locale.ROOT, "| %s | %.4f | %.3f | %.2f |%n", r.getKey(), r.getValue(), r.getValue() / base,
                    latency.get(r.getKey()) / 1e6);
        }
    }

    /** Mean nDCG@10 and median query time of plain Lucene BM25. */
    record PlainBm25(double ndcg, double medianNanos) {}

    /** Scores plain Lucene BM25 (EnglishAnalyzer, default parameters) over the baseline index at {@code dir}. */
    static PlainBm25 plainBm25(Path dir, Map<String, String> queries, Map<String, Map<String, Integer>> qrels) throws Exception {
        try (FSDirectory fs = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(fs)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            QueryParser parser = new QueryParser("body", new EnglishAnalyzer());
            List<Double> scores = new ArrayList<>();
            List<Long> times = new ArrayList<>();
            for (var q : queries.entrySet()) {
                long t = System.nanoTime();
                ScoreDoc[] hits = searcher.search(parser.parse(QueryParser.escape(q.getValue())), 10).scoreDocs;
                times.add(System.nanoTime() - t);
                List<String> ranking = new ArrayList<>();
                for (ScoreDoc h : hits) {
                    ranking.add(searcher.storedFields().document(h.doc).get("id"));
                }
                scores.add(Ndcg.at(10, ranking, qrels.get(q.getKey())));
            }
            return new PlainBm25(mean(scores), median(times));
        }
    }

    /** The plain BM25 index of NFCorpus's documents, built once under {@code dir}. */
    static void buildBaseline(Path docs, Path dir) throws IOException {
        if (Files.exists(dir.resolve("done"))) {
            return;
        }
        Files.createDirectories(dir);
        try (FSDirectory fs = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(fs, new IndexWriterConfig(new EnglishAnalyzer()));
             BufferedReader in = gz(docs)) {
            writer.deleteAll();
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split("\t", 2);
                if (f.length == 2) {
                    var doc = new org.apache.lucene.document.Document();
                    doc.add(new StringField("id", f[0], Field.Store.YES));
                    doc.add(new TextField("body", f[1], Field.Store.NO));
                    writer.addDocument(doc);
                }
            }
        }
        Files.writeString(dir.resolve("done"), "ok");
    }

    static Map<String, String> readQueries(Path file) throws IOException {
        Map<String, String> queries = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", 2);
            if (f.length == 2 && !f[1].isBlank()) {
                queries.put(f[0], f[1]);
            }
        }
        return queries;
    }

    static Map<String, Map<String, Integer>> readQrels(Path file) throws IOException {
        Map<String, Map<String, Integer>> qrels = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.trim().split("\\s+");
            if (f.length == 4) {
                qrels.computeIfAbsent(f[0], k -> new HashMap<>()).put(f[2], Integer.parseInt(f[3]));
            }
        }
        return qrels;
    }

    private static BufferedReader gz(Path file) throws IOException {
        return new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8));
    }

    static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    static double median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted.length == 0 ? 0 : sorted[sorted.length / 2];
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("options come in pairs: " + Arrays.toString(args));
        }
        return options;
    }
}
