package org.salus.bench;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.salus.kb.embed.Embedder;
import org.salus.kb.index.Chunker;
import org.salus.kb.index.CollectionStore;
import org.salus.kb.index.Ingestor;
import org.salus.kb.ingest.ImportOptions;
import org.salus.kb.ingest.Importers;
import org.salus.kb.search.CollectionSearcher;
import org.salus.kb.search.SearchQuery;
import org.salus.kb.search.SearchSettings;
import org.salus.kb.search.Synonyms;

/**
 * Whether dense retrieval can be skipped when BM25 is confident (issue 19): NFCorpus dev nDCG@10 and the share of
 * queries answered without a query embedding, per cut-off of the BM25 margin, counted at the model itself.
 * Usage: {@code DenseSkipBenchmark [--shared ../shared] [--data-dir data/bench] [--queries dev.titles]
 * [--cutoffs 0,0.5,0.3,...]}.
 */
public final class DenseSkipBenchmark {

    public static void main(String[] args) throws Exception {
        Map<String, String> options = RetrievalBenchmark.options(args);
        Path nf = Path.of(options.getOrDefault("--shared", "../shared")).resolve("data/nfcorpus/heidelberg");
        if (!Files.isDirectory(nf)) {
            System.err.println("NFCorpus not found under " + nf + "; skipping (pass --shared DIR).");
            return;
        }
        Path dataDir = Path.of(options.getOrDefault("--data-dir", "data/bench"));
        String querySet = options.getOrDefault("--queries", "dev.titles");
        Map<String, String> queries = RetrievalBenchmark.readQueries(nf.resolve(querySet + ".queries.tsv"));
        Map<String, Map<String, Integer>> qrels = RetrievalBenchmark.readQrels(nf.resolve("dev.2-1-0.qrel.tsv"));
        queries.keySet().retainAll(qrels.keySet());
        AtomicInteger embeddings = new AtomicInteger();
        Embedder embedder = Embedder.bgeSmall().wrapping(model -> counting(model, embeddings));
        CollectionStore store = new CollectionStore(dataDir);
        var docs = Importers.forFormat("tsv").orElseThrow().read(nf.resolve("docs.test+dev.preprocessed.tsv.gz"),
                ImportOptions.defaults()).documents();
        System.err.println("Ingesting " + docs.size() + " NFCorpus documents (cached after the first run) …");
        new Ingestor(store, embedder, Chunker.standard()).ingest("nfcorpus", docs, true, (d, t, p, ns) -> { });
        Map<String, Synonyms> synonyms = Map.of("en", Synonyms.builtIn("en"));
        System.out.printf(Locale.ROOT, "%nNFCorpus %s: %d queries; dense skipped when BM25's margin 1 - s2/s1 >= cut-off%n%n",
                querySet, queries.size());
        System.out.println("| cut-off | nDCG@10 | queries without a query embedding | share |");
        System.out.println("|---|---|---|---|");
        for (String c : options.getOrDefault("--cutoffs", "0,0.5,0.4,0.3,0.25,0.2,0.15,0.1,0.05").split(",")) {
            double cutoff = Double.parseDouble(c.trim());
            SearchSettings settings = SearchSettings.defaults().withSkipDenseAt(cutoff);
            try (CollectionSearcher searcher = new CollectionSearcher(store, "nfcorpus", embedder, settings, synonyms)) {
                List<Double> scores = new ArrayList<>();
                int skipped = 0;
                for (var q : queries.entrySet()) {
                    int before = embeddings.get();
                    var hits = searcher.searchDocuments(SearchQuery.of(q.getValue(), "en", 10));
                    skipped += embeddings.get() == before ? 1 : 0;
                    scores.add(Ndcg.at(10, hits.stream().map(h -> h.passage().docId()).toList(), qrels.get(q.getKey())));
                }
                System.out.printf(Locale.ROOT, "| %s | %.4f | %d | %.1f %% |%n", cutoff == 0 ? "off" : c.trim(),
                        RetrievalBenchmark.mean(scores), skipped, 100.0 * skipped / queries.size());
            }
        }
    }

    private static EmbeddingModel counting(EmbeddingModel model, AtomicInteger calls) {
        return new EmbeddingModel() {
            @Override
            public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
                calls.incrementAndGet();
                return model.embedAll(segments);
            }

            @Override
            public int dimension() {
                return model.dimension();
            }
        };
    }
}
