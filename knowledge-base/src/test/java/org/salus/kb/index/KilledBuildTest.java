package org.salus.kb.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salus.kb.HashingEmbeddingModel;
import org.salus.kb.TinyCorpus;
import org.salus.kb.search.CollectionSearcher;
import org.salus.kb.embed.Embedder;
import org.salus.kb.search.SearchQuery;
import org.salus.kb.search.SearchSettings;

/** Kills a real ingest process part-way and checks that the previous index keeps serving. */
class KilledBuildTest {

    private static final String COLLECTION = "tiny";

    @TempDir
    Path dataDir;

    @Test
    void buildKilledPartWayLeavesThePreviousIndexServingAndTheNextIngestCleansUp() throws Exception {
        CollectionStore store = new CollectionStore(dataDir);
        Embedder embedder = HashingEmbeddingModel.embedder(new HashingEmbeddingModel(0));
        Ingestor ingestor = new Ingestor(store, embedder, Chunker.standard());
        ingestor.ingest(COLLECTION, TinyCorpus.documents(), false, IngestProgress.NONE);
        Path serving = store.current(COLLECTION).orElseThrow();

        try (CollectionSearcher searcher = searcher(store, embedder)) {
            assertThat(topDocument(searcher)).isEqualTo("tiny-stroke");

            Process child = startIngestProcess(dataDir.resolve("child.log"), 50_000, 20);
            Path leftover;
            try {
                leftover = awaitGenerationBeingBuilt(store, serving, child);
            } finally {
                child.destroyForcibly();
                assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
            }

            assertThat(Files.isDirectory(leftover)).isTrue();
            assertThat(store.current(COLLECTION)).contains(serving);
            assertThat(topDocument(searcher)).isEqualTo("tiny-stroke");
            assertThat(searcher.stats().documents()).isEqualTo(TinyCorpus.documents().size());
            try (CollectionSearcher fresh = searcher(store, embedder)) {
                assertThat(topDocument(fresh)).isEqualTo("tiny-stroke");
            }

            IngestReport next = ingestor.ingest(COLLECTION, TinyCorpus.documents(), false, IngestProgress.NONE);

            assertThat(next.totalDocuments()).isEqualTo(TinyCorpus.documents().size());
            assertThat(leftover).doesNotExist();
            assertThat(generations(store)).containsExactly(store.current(COLLECTION).orElseThrow());
            assertThat(topDocument(searcher)).isEqualTo("tiny-stroke");
        }
    }

    @Test
    void buildInAnotherProcessIsRefusedWhileOneIsRunning() throws Exception {
        CollectionStore store = new CollectionStore(dataDir);
        try (CollectionStore.BuildLock ignored = store.lock(COLLECTION)) {
            Process child = startIngestProcess(dataDir.resolve("child.log"), 10, 0);
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

            assertThat(child.exitValue()).as(Files.readString(dataDir.resolve("child.log"))).isEqualTo(3);
            assertThat(store.current(COLLECTION)).isEmpty();
        }
    }

    @Test
    void refusedAttemptInThisProcessKeepsTheLockAgainstOtherProcesses() throws Exception {
        CollectionStore store = new CollectionStore(dataDir);
        try (CollectionStore.BuildLock ignored = store.lock(COLLECTION)) {
            assertThatThrownBy(() -> store.lock(COLLECTION)).isInstanceOf(IllegalStateException.class);

            Process child = startIngestProcess(dataDir.resolve("child.log"), 10, 0);
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

            assertThat(child.exitValue()).as(Files.readString(dataDir.resolve("child.log"))).isEqualTo(3);
        }
    }

    private static CollectionSearcher searcher(CollectionStore store, Embedder embedder) {
        return new CollectionSearcher(store, COLLECTION, embedder, SearchSettings.defaults(), Map.of());
    }

    private static String topDocument(CollectionSearcher searcher) {
        return searcher.search(SearchQuery.of("stroke warning signs", "en", 1)).getFirst().passage().docId();
    }

    private Process startIngestProcess(Path log, int documents, long delayMillis) throws IOException {
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java, "-cp", classpath, "-XX:TieredStopAtLevel=1",
                SyntheticIngestMain.class.getName(), dataDir.toString(), COLLECTION,
                String.valueOf(documents), String.valueOf(delayMillis)));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Waits until the other process has a new generation folder with files in it. */
    private static Path awaitGenerationBeingBuilt(CollectionStore store, Path serving, Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            assertThat(child.isAlive()).as("ingest process ended before it could be killed").isTrue();
            Optional<Path> building = generations(store).stream().filter(g -> !g.equals(serving)).findFirst();
            if (building.isPresent() && fileCount(building.get()) >= 2) {
                return building.get();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no new generation appeared within 30 s");
    }

    private static List<Path> generations(CollectionStore store) throws IOException {
        try (Stream<Path> dirs = Files.list(store.directory(COLLECTION))) {
            return dirs.filter(p -> p.getFileName().toString().startsWith("gen-")).sorted().toList();
        }
    }

    private static long fileCount(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        } catch (java.nio.file.NoSuchFileException e) {
            return 0;
        }
    }
}
