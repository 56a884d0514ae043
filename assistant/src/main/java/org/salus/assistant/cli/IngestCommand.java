package org.salus.assistant.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.salus.assistant.cluster.ClusterIngest;
import org.salus.assistant.kb.KnowledgeBaseFactory;
import org.salus.kb.ReviewStatus;
import org.salus.kb.index.Chunker;
import org.salus.kb.index.CollectionStore;
import org.salus.kb.index.IngestReport;
import org.salus.kb.index.Ingestor;
import org.salus.kb.ingest.DocumentImporter;
import org.salus.kb.ingest.ImportOptions;
import org.salus.kb.ingest.ImportResult;
import org.salus.kb.ingest.Importers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./salus ingest}: imports a source into a collection, with progress, atomically and incrementally. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Import documents into a collection's index.",
                "Builds into a new index generation and switches atomically: a killed ingest leaves the previous index serving.",
                "Unchanged documents (same content hash) cost nothing. Bad records are reported with file and line and skipped.",
                "With SALUS_CLUSTER_ENABLED=true and SPRING_DATASOURCE_*, builds under the cluster's lock and publishes the",
                "generation through PostgreSQL to every instance."})
final class IngestCommand implements Callable<Integer> {

    @Option(names = "--format", required = true, description = "salus-md, medlineplus-xml, medlineplus-jsonl, medquad-jsonl, tsv or beir; for the health tools usda-sr28 or exercises-json")
    String format;

    @Option(names = "--path", required = true, description = "File or folder to import")
    Path path;

    @Option(names = "--collection", defaultValue = "default", description = "Collection name (default: ${DEFAULT-VALUE}, the one serve answers from)")
    String collection;

    @Option(names = "--data-dir", description = "Data directory (default: $SALUS_DATA_DIR or ./data)")
    Path dataDir;

    @Option(names = "--status", defaultValue = "approved", description = "Review status the operator states for a bulk source: approved, demo or draft (default: ${DEFAULT-VALUE})")
    String status;

    @Option(names = "--reviewer", description = "Who reviewed the source")
    String reviewer;

    @Option(names = "--reviewed-on", description = "Review date, YYYY-MM-DD (needs --reviewer: a source nobody reviewed has no review date)")
    LocalDate reviewedOn;

    @Option(names = "--replace", description = "Remove documents of the collection that are not in this source")
    boolean replace;

    @Option(names = "--strict", description = "Import nothing if any record is malformed")
    boolean strict;

    @Option(names = "--embedding", defaultValue = "bge-small", description = "bge-small or none (lexical only); default: ${DEFAULT-VALUE}")
    String embedding;

    @Override
    public Integer call() throws Exception {
        if (org.salus.assistant.tools.ToolsImport.formats().contains(format)) {
            return ToolsIngest.run(format, path, dataDir);
        }
        DocumentImporter importer = Importers.forFormat(format).orElse(null);
        if (importer == null) {
            System.err.println("Unknown format '" + format + "'. Formats: " + String.join(", ", Importers.formats()));
            return 2;
        }
        if (!Files.exists(path)) {
            System.err.println("No such file or folder: " + path);
            return 2;
        }
        ImportOptions options;
        try {
            options = new ImportOptions(ReviewStatus.parse(status), reviewer, reviewedOn);
            CollectionStore.checkName(collection);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        System.err.println("Reading " + path + " as " + format + " …");
        ImportResult result = importer.read(path, options);
        result.problems().forEach(p -> System.err.println("skipped: " + p));
        if (strict && !result.problems().isEmpty()) {
            System.err.println(result.problems().size() + " malformed record(s); nothing imported (--strict).");
            return 1;
        }
        if (result.documents().isEmpty()) {
            System.err.println("No documents found in " + path + ".");
            return 1;
        }
        System.err.println("Read " + result.documents().size() + " documents; indexing into collection '" + collection + "' …");
        CollectionStore store = new CollectionStore(DataDir.resolve(dataDir));
        try (ClusterIngest cluster = ClusterIngest.fromEnvironment(System.getenv()).orElse(null)) {
            if (cluster != null) {
                cluster.lock(collection);
                cluster.restore(store, collection);
            }
            int exit = build(store, result);
            if (cluster != null) {
                cluster.publish(store, collection).ifPresentOrElse(
                        p -> System.out.println("Published generation " + p.name() + " to the cluster; every instance serves it within seconds."),
                        () -> System.out.println("The cluster already serves this generation."));
            }
            return exit;
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            return 1;
        }
    }

    private int build(CollectionStore store, ImportResult result) throws java.io.IOException {
        var ingestor = new Ingestor(store, KnowledgeBaseFactory.embedder(embedding), Chunker.standard());
        Progress progress = new Progress(System.err);
        IngestReport report = ingestor.ingest(collection, result.documents(), replace, progress);
        progress.finish();
        report.warnings().forEach(w -> System.err.println("warning: " + w));
        System.out.printf("%s: %d documents read, %d indexed, %d unchanged, %d removed; %d passages in %.1f s (%.1f passages/s); "
                        + "the collection now holds %d documents, %d passages%s%n",
                collection, report.documentsRead(), report.documentsIndexed(), report.documentsUnchanged(),
                report.documentsRemoved(), report.passagesIndexed(), report.took().toMillis() / 1000.0,
                report.passagesPerSecond(), report.totalDocuments(), report.totalPassages(),
                report.published() ? "" : " (nothing changed, index untouched)");
        return result.problems().isEmpty() ? 0 : 3;
    }
}
