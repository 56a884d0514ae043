package org.salus.assistant.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.salus.assistant.config.SalusProperties;
import org.salus.assistant.kb.KnowledgeBaseFactory;
import org.salus.kb.index.CollectionStore;
import org.salus.kb.search.Library;
import org.salus.kb.search.SearchQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./salus search}: runs a query file against a collection and writes a TREC run, one line per document. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search a collection for every query in a TSV file (qid<TAB>query) and write a TREC run:",
                "qid Q0 docid rank score tag. A document appears once, at the rank of its best passage."})
final class SearchCommand implements Callable<Integer> {

    @Option(names = "--queries", required = true, description = "TSV file of qid<TAB>query text")
    Path queries;

    @Option(names = "--k", defaultValue = "100", description = "Documents per query (default: ${DEFAULT-VALUE})")
    int k;

    @Option(names = "--run-out", required = true, description = "Where to write the TREC run")
    Path runOut;

    @Option(names = "--collection", defaultValue = "default", description = "Collection (default: ${DEFAULT-VALUE})")
    String collection;

    @Option(names = "--data-dir", description = "Data directory (default: $SALUS_DATA_DIR or ./data)")
    Path dataDir;

    @Option(names = "--language", defaultValue = "en", description = "Query language, en or es (default: ${DEFAULT-VALUE})")
    String language;

    @Option(names = "--tag", defaultValue = "salus-hybrid", description = "Run tag (default: ${DEFAULT-VALUE})")
    String tag;

    @Option(names = "--lexical-weight", defaultValue = "0.5", description = "Share of BM25 in the fused score, 0..1 (default: ${DEFAULT-VALUE})")
    double lexicalWeight;

    @Override
    public Integer call() throws Exception {
        if (k < 1 || k > 1000) {
            System.err.println("--k must be between 1 and 1000");
            return 2;
        }
        if (!Files.isRegularFile(queries)) {
            System.err.println("No such query file: " + queries);
            return 2;
        }
        try {
            CollectionStore.checkName(collection);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        CollectionStore store = new CollectionStore(DataDir.resolve(dataDir));
        var manifest = store.manifest(collection);
        if (manifest.isEmpty()) {
            System.err.println("Collection '" + collection + "' has no index yet; run ./salus ingest first.");
            return 2;
        }
        String embedding = "none".equals(manifest.get().embedding()) ? "none" : "bge-small";
        var retrieval = new SalusProperties.Retrieval(embedding, lexicalWeight, null, 100, 0, 0);
        int count = 0;
        long start = System.nanoTime();
        try (Library library = KnowledgeBaseFactory.library(store, KnowledgeBaseFactory.embedder(embedding), retrieval,
                ReviewDatabase.decisionsIfAny(DataDir.resolve(dataDir)));
             BufferedReader in = Files.newBufferedReader(queries, StandardCharsets.UTF_8);
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(runOut, StandardCharsets.UTF_8))) {
            var searcher = library.collection(collection).orElseThrow();
            String line;
            int lineNumber = 0;
            while ((line = in.readLine()) != null) {
                lineNumber++;
                int tab = line.indexOf('\t');
                if (line.isBlank()) {
                    continue;
                }
                if (tab <= 0 || line.substring(tab + 1).isBlank()) {
                    System.err.println(queries + ":" + lineNumber + ": expected qid<TAB>query, skipped");
                    continue;
                }
                String qid = line.substring(0, tab).strip();
                var hits = searcher.searchDocuments(SearchQuery.of(line.substring(tab + 1), language, k));
                for (int rank = 0; rank < hits.size(); rank++) {
                    out.printf(Locale.ROOT, "%s Q0 %s %d %.6f %s%n", qid, hits.get(rank).passage().docId(), rank + 1,
                            hits.get(rank).score(), tag);
                }
                count++;
                if (count % 50 == 0) {
                    System.err.printf("\r  %d queries …", count);
                }
            }
        }
        System.err.printf("\r%d queries searched in %.1f s; run written to %s%n", count, (System.nanoTime() - start) / 1e9, runOut);
        return 0;
    }
}
