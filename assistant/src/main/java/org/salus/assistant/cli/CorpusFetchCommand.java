package org.salus.assistant.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.salus.assistant.corpus.FetchFailed;
import org.salus.assistant.corpus.FetchRecord;
import org.salus.assistant.corpus.MedlinePlusSite;
import org.salus.assistant.corpus.MedlinePlusSync;
import org.salus.assistant.corpus.TopicsFile;
import org.salus.assistant.kb.KnowledgeBaseFactory;
import org.salus.kb.ReviewStatus;
import org.salus.kb.index.Chunker;
import org.salus.kb.index.CollectionStore;
import org.salus.kb.index.Ingestor;
import org.salus.kb.ingest.ImportOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./salus corpus fetch medlineplus}: NLM's current health topics, downloaded, checked and ingested incrementally. */
@Command(name = "fetch", mixinStandardHelpOptions = true,
        description = {"Download (or read with --from) NLM's MedlinePlus health-topic XML and ingest it incrementally.",
                "Unchanged topics are kept, changed topics re-indexed, topics no longer in the file retired.",
                "The file is checked (well-formed, <health-topics> root, declared topic count, --min-topics) before anything"
                        + " is indexed; a failure leaves the previous index serving.",
                "Exit status: 0 done, 1 the file or the server failed (nothing changed), 2 bad arguments.",
                "This is the only Salus command that reaches the network for content."})
final class CorpusFetchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SOURCE", description = "medlineplus (NLM's MedlinePlus health topics)")
    String source;

    @Option(names = "--language", defaultValue = "en", description = "en or es: which topics of the file to ingest (default: ${DEFAULT-VALUE})")
    String language;

    @Option(names = "--from", paramLabel = "FILE", description = "An offline copy (mplus_topics_*.xml, .xml.gz or NLM's .zip) instead of downloading")
    Path from;

    @Option(names = "--data-dir", description = "Data directory (default: $SALUS_DATA_DIR or ./data)")
    Path dataDir;

    @Option(names = "--collection", defaultValue = "default", description = "Collection (default: ${DEFAULT-VALUE}, the one serve answers from)")
    String collection;

    @Option(names = "--index-url", defaultValue = "https://medlineplus.gov/xml.html", description = "The page listing NLM's XML files (default: ${DEFAULT-VALUE})")
    URI indexUrl;

    @Option(names = "--sha256", description = "Refuse the file unless its SHA-256 is this (hex)")
    String sha256;

    @Option(names = "--min-topics", defaultValue = "500", description = "Refuse a file with fewer topics in the language (default: ${DEFAULT-VALUE})")
    int minTopics;

    @Option(names = "--max-mb", defaultValue = "300", description = "Refuse a download or unzipped file larger than this (default: ${DEFAULT-VALUE} MB)")
    long maxMb;

    @Option(names = "--timeout-seconds", defaultValue = "60", description = "Connect and response timeout (default: ${DEFAULT-VALUE} s)")
    int timeoutSeconds;

    @Option(names = "--status", defaultValue = "approved", description = "Review status the operator states: approved (vouching for NLM), draft (to review first) or demo (default: ${DEFAULT-VALUE})")
    String status;

    @Option(names = "--embedding", description = "bge-small or none (default: what the collection was built with, else bge-small)")
    String embedding;

    @Override
    public Integer call() {
        ReviewStatus reviewStatus;
        try {
            reviewStatus = arguments();
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        Path data = DataDir.resolve(dataDir);
        List<Path> temporary = new ArrayList<>();
        try {
            Path work = Files.createDirectories(FetchRecord.directory(data));
            String origin;
            String fileName;
            Path file;
            if (from != null) {
                file = from;
                origin = from.toAbsolutePath().normalize().toString();
                fileName = from.getFileName().toString();
            } else {
                MedlinePlusSite site = new MedlinePlusSite(Duration.ofSeconds(timeoutSeconds));
                System.err.println("Looking for NLM's current health-topic file on " + indexUrl + " …");
                MedlinePlusSite.Link link = site.latest(indexUrl);
                file = work.resolve("download-" + ProcessHandle.current().pid() + ".part");
                temporary.add(file);
                System.err.println("Downloading " + link.uri() + " …");
                site.download(link, file, maxMb << 20, new DownloadProgress(System.err));
                origin = link.uri().toString();
                fileName = link.fileName();
            }
            String checksum = TopicsFile.sha256(file);
            if (sha256 != null && !sha256.strip().equalsIgnoreCase(checksum)) {
                throw new FetchFailed("rejected " + fileName + ": its SHA-256 is " + checksum + ", not " + sha256.strip());
            }
            Path xml = file;
            if (TopicsFile.zipped(file)) {
                xml = work.resolve("unzipped-" + ProcessHandle.current().pid() + ".xml.part");
                temporary.add(xml);
                TopicsFile.unzip(file, xml, maxMb << 20);
            }
            System.err.println("Checking " + fileName + " (SHA-256 " + checksum + ") …");
            var summary = TopicsFile.check(xml, language, minTopics);
            CollectionStore store = new CollectionStore(data);
            String model = embedding != null ? embedding : store.manifest(collection)
                    .map(m -> m.embedding().equals("none") ? "none" : "bge-small").orElse("bge-small");
            var ingestor = new Ingestor(store, KnowledgeBaseFactory.embedder(model), Chunker.standard());
            System.err.println("Ingesting " + summary.topics(language) + " topics in '" + language + "' of the file dated "
                    + summary.generatedOn() + " into collection '" + collection + "' …");
            Progress progress = new Progress(System.err);
            var outcome = new MedlinePlusSync(ingestor, data).sync(collection,
                    new MedlinePlusSync.Source(xml, fileName, origin, checksum, summary), language,
                    new ImportOptions(reviewStatus, null, null), progress, LocalDate.now());
            progress.finish();
            outcome.skipped().forEach(p -> System.err.println("skipped: " + p));
            var report = outcome.report();
            System.out.printf("medlineplus (%s): %s of %s, %d topics: %d indexed, %d unchanged, %d retired; "
                            + "collection '%s' now holds %d documents, %d passages%s%n", language, fileName,
                    summary.generatedOn(), outcome.topics(), report.documentsIndexed(), report.documentsUnchanged(),
                    outcome.retired().size(), collection, report.totalDocuments(), report.totalPassages(),
                    report.published() ? "" : " (nothing changed, index untouched)");
            return 0;
        } catch (FetchFailed | IOException | IllegalStateException e) {
            System.err.println("corpus fetch failed: " + e.getMessage());
            System.err.println("Nothing was changed: the previous index is still serving.");
            return 1;
        } finally {
            temporary.forEach(CorpusFetchCommand::deleteQuietly);
        }
    }

    private ReviewStatus arguments() {
        if (!"medlineplus".equals(source)) {
            throw new IllegalArgumentException("Unknown source '" + source + "'. Sources: medlineplus");
        }
        language = language.strip().toLowerCase(Locale.ROOT);
        if (!language.equals("en") && !language.equals("es")) {
            throw new IllegalArgumentException("Unknown language '" + language + "': MedlinePlus topics are en or es");
        }
        CollectionStore.checkName(collection);
        if (from != null && !Files.isRegularFile(from)) {
            throw new IllegalArgumentException("No such file: " + from);
        }
        if (embedding != null && !embedding.equals("none") && !embedding.equals("bge-small")) {
            throw new IllegalArgumentException("Unknown embedding '" + embedding + "': bge-small or none");
        }
        ReviewStatus parsed = ReviewStatus.parse(status);
        if (parsed == ReviewStatus.RETIRED) {
            throw new IllegalArgumentException("--status retired would ingest nothing servable; use approved, draft or demo");
        }
        return parsed;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            System.err.println("warning: cannot delete " + file + ": " + e.getMessage());
        }
    }
}
