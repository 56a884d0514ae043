package org.salus.assistant.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.salus.kb.Document;
import org.salus.kb.index.IngestProgress;
import org.salus.kb.index.IngestReport;
import org.salus.kb.index.Ingestor;
import org.salus.kb.ingest.ImportOptions;
import org.salus.kb.ingest.ImportProblem;
import org.salus.kb.ingest.ImportResult;
import org.salus.kb.ingest.Importers;
import org.salus.kb.ingest.MedlinePlusTopicsFile;

/**
 * Brings a collection in line with one checked health-topic file for one language, in a single new index generation:
 * unchanged topics are kept as they are, changed topics re-indexed, and topics the previous fetch ingested but the
 * file no longer holds are retired (taken out of the index and listed, with the day, in the fetch record).
 */
public final class MedlinePlusSync {

    private final Ingestor ingestor;
    private final Path dataDir;

    public MedlinePlusSync(Ingestor ingestor, Path dataDir) {
        this.ingestor = ingestor;
        this.dataDir = dataDir;
    }

    /** Where the file came from (a URL or a path) and what the operator states about it. */
    public record Source(Path xml, String fileName, String origin, String sha256, MedlinePlusTopicsFile.Summary summary) {}

    /** What a sync did: the ingest figures, topics skipped as malformed, topics retired now. */
    public record Outcome(IngestReport report, List<ImportProblem> skipped, int topics, List<String> retired) {}

    public Outcome sync(String collection, Source source, String language, ImportOptions options,
                        IngestProgress progress, LocalDate today) throws IOException, FetchFailed {
        ImportResult read = Importers.forFormat("medlineplus-xml").orElseThrow().read(source.xml(), options);
        for (ImportProblem problem : read.problems()) {
            if (problem.message().startsWith("malformed XML") || problem.message().startsWith("cannot read")) {
                throw new FetchFailed("rejected " + source.fileName() + ": " + problem.message());
            }
        }
        List<Document> documents = read.documents().stream().filter(d -> d.language().equals(language)).toList();
        Set<String> ids = new LinkedHashSet<>();
        documents.forEach(d -> ids.add(d.id()));
        FetchRecord previous = FetchRecord.read(dataDir, language).orElse(null);
        List<String> retiredNow = new ArrayList<>();
        Map<String, String> retired = new TreeMap<>();
        if (previous != null) {
            previous.topics().stream().filter(id -> !ids.contains(id)).forEach(retiredNow::add);
            previous.retired().forEach((id, day) -> {
                if (!ids.contains(id)) {
                    retired.put(id, day);
                }
            });
        }
        retiredNow.forEach(id -> retired.put(id, today.toString()));
        IngestReport report = ingestor.ingest(collection, documents, Set.copyOf(retiredNow), progress);
        new FetchRecord(language, source.fileName(), source.origin(), source.sha256(),
                source.summary().generatedOn().toString(), today.toString(), List.copyOf(ids), retired).write(dataDir);
        List<ImportProblem> skipped = read.problems();
        return new Outcome(report, skipped, documents.size(), retiredNow);
    }
}
