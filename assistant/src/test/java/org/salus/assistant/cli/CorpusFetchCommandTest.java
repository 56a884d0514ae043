package org.salus.assistant.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.salus.assistant.corpus.FetchRecord;
import org.salus.kb.embed.Embedder;
import org.salus.kb.index.CollectionStore;
import org.salus.kb.index.Passage;
import org.salus.kb.search.Library;
import org.salus.kb.search.ScoredPassage;
import org.salus.kb.search.SearchQuery;
import org.salus.kb.search.SearchSettings;

/** {@code ./salus corpus fetch medlineplus} against a local stand-in for NLM's site, with the project's own fixtures. */
class CorpusFetchCommandTest {

    private static final String NLM = "MedlinePlus, U.S. National Library of Medicine";

    @TempDir
    Path dataDir;

    @TempDir
    Path downloads;

    private final FixtureSite site = new FixtureSite();

    @AfterEach
    void stopSite() {
        site.close();
    }

    record Run(int status, String out, String err) {}

    private Run fetch(String... extra) {
        Map<String, String> options = new java.util.LinkedHashMap<>(Map.of("--data-dir", dataDir.toString(),
                "--index-url", site.indexUrl(), "--embedding", "none", "--min-topics", "2"));
        for (int i = 0; i < extra.length; i += 2) {
            options.put(extra[i], extra[i + 1]);
        }
        List<String> args = new java.util.ArrayList<>(List.of("fetch", "medlineplus"));
        options.forEach((name, value) -> args.addAll(List.of(name, value)));
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
            int status = Commands.run("corpus", args.toArray(String[]::new));
            return new Run(status, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private Map<String, Passage> servedByDocument(String query, String language) throws IOException {
        try (Library library = new Library(new CollectionStore(dataDir), Embedder.none(), SearchSettings.defaults(), Map.of())) {
            return library.collection("default").orElseThrow().search(SearchQuery.of(query, language, 20)).stream()
                    .map(ScoredPassage::passage)
                    .collect(java.util.stream.Collectors.toMap(Passage::docId, p -> p, (a, b) -> a));
        }
    }

    @Test
    void firstFetchIngestsNlmsCurrentEnglishTopicsWithTheirProvenance() throws IOException {
        site.publish("v1.xml", "2026-11-30");

        Run run = fetch();

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(site.requested).containsExactly("/xml.html", "/xml/mplus_topics_2026-11-30.xml");
        assertThat(run.out()).contains("3 topics: 3 indexed, 0 unchanged, 0 retired");
        Passage hiccups = servedByDocument("hiccups diaphragm", "en").get("mplus-9001");
        assertThat(hiccups.publisher()).isEqualTo(NLM);
        assertThat(hiccups.url()).isEqualTo("https://medlineplus.gov/hiccups.html");
        assertThat(hiccups.updatedOn()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(hiccups.reviewStatus()).isEqualTo("approved");
        assertThat(hiccups.reviewedOn()).as("nobody reviewed it").isNull();
        assertThat(servedByDocument("hipo diafragma", "es")).doesNotContainKey("mplus-9501");
        FetchRecord record = FetchRecord.read(dataDir, "en").orElseThrow();
        assertThat(record.topics()).containsExactly("mplus-9001", "mplus-9002", "mplus-9003");
        assertThat(record.source()).endsWith("/xml/mplus_topics_2026-11-30.xml");
        assertThat(record.generatedOn()).isEqualTo("2026-11-30");
        assertThat(record.sha256()).hasSize(64);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void secondFetchReindexesTheChangedTopicRetiresTheRemovedOneAndLeavesTheRestUntouched() throws IOException {
        site.publish("v1.xml", "2026-11-30");
        assertThat(fetch().status()).isZero();
        site.publish("v2.xml", "2026-12-05");

        Run run = fetch();

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("3 topics: 2 indexed, 1 unchanged, 1 retired");
        Map<String, Passage> served = servedByDocument("hiccups sunburn toenail nosebleed skin", "en");
        assertThat(served).containsKeys("mplus-9001", "mplus-9002", "mplus-9004").doesNotContainKey("mplus-9003");
        assertThat(served.get("mplus-9001").updatedOn()).as("unchanged text keeps its date").isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(served.get("mplus-9002").updatedOn()).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(served.get("mplus-9002").text()).contains("aloe gel");
        FetchRecord record = FetchRecord.read(dataDir, "en").orElseThrow();
        assertThat(record.retired()).containsOnlyKeys("mplus-9003");
        assertThat(record.topics()).doesNotContain("mplus-9003");
    }

    @Test
    void aCorruptFileFailsAndThePreviousGenerationKeepsServing() throws IOException {
        site.publish("v1.xml", "2026-11-30");
        assertThat(fetch().status()).isZero();
        Path serving = new CollectionStore(dataDir).current("default").orElseThrow();
        site.publish("corrupt.xml", "2026-12-05");

        Run run = fetch();

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("not well-formed").contains("previous index is still serving");
        assertThat(new CollectionStore(dataDir).current("default")).hasValue(serving);
        assertThat(servedByDocument("ingrown toenail", "en")).containsKey("mplus-9003");
        assertThat(FetchRecord.read(dataDir, "en").orElseThrow().generatedOn()).isEqualTo("2026-11-30");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void fromFileWorksOfflineAndAcceptsNlmsZippedForm() throws IOException {
        Path zip = downloads.resolve("mplus_topics_compressed_2026-11-30.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("mplus_topics_2026-11-30.xml"));
            out.write(FixtureSite.resource("v1.xml").getBytes(StandardCharsets.UTF_8));
        }
        site.close();

        Run run = fetch("--from", zip.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(servedByDocument("sunburn", "en")).containsKey("mplus-9002");
        assertThat(FetchRecord.read(dataDir, "en").orElseThrow().source()).isEqualTo(zip.toAbsolutePath().toString());
    }

    @Test
    void spanishTakesTheSpanishTopicsOfTheSameFile() throws IOException {
        site.publish("v1.xml", "2026-11-30");

        Run run = fetch("--language", "es");

        assertThat(run.status()).as(run.err()).isZero();
        Passage hipo = servedByDocument("hipo diafragma", "es").get("mplus-9501");
        assertThat(hipo.language()).isEqualTo("es");
        assertThat(hipo.publisher()).isEqualTo(NLM);
        assertThat(servedByDocument("hiccups", "en")).doesNotContainKey("mplus-9001");
        assertThat(FetchRecord.read(dataDir, "es").orElseThrow().topics()).containsExactly("mplus-9501", "mplus-9502");
        assertThat(FetchRecord.read(dataDir, "en")).isEmpty();
    }

    @Test
    void anUnknownLanguageOrSourceIsABadArgument() {
        assertThat(fetch("--language", "fr").status()).isEqualTo(2);
        assertThat(Commands.run("corpus", new String[] {"fetch", "cdc", "--data-dir", dataDir.toString()})).isEqualTo(2);
        assertThat(site.requested).isEmpty();
    }

    @Test
    void anUnreachableServerFailsClearly() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        Run run = fetch("--index-url", "http://127.0.0.1:" + closedPort + "/xml.html", "--timeout-seconds", "5");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("cannot fetch http://127.0.0.1:" + closedPort).contains("--from FILE");
        assertThat(new CollectionStore(dataDir).current("default")).isEmpty();
    }

    @Test
    void aDownloadThatStopsArrivingIsAbandonedAfterTheTimeout() throws IOException {
        site.publish("v1.xml", "2026-11-30");
        assertThat(fetch().status()).isZero();
        Path serving = new CollectionStore(dataDir).current("default").orElseThrow();
        site.publish("v2.xml", "2026-12-05").stallDownloads();

        long start = System.nanoTime();
        Run run = fetch("--timeout-seconds", "1");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("sent nothing for 1 s");
        assertThat((System.nanoTime() - start) / 1_000_000_000.0).isLessThan(10);
        assertThat(new CollectionStore(dataDir).current("default")).hasValue(serving);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aFileWithTooFewTopicsOrTheWrongChecksumIsRefused() {
        site.publish("v1.xml", "2026-11-30");

        Run few = fetch("--min-topics", "4");
        Run checksum = fetch("--sha256", "0".repeat(64));

        assertThat(few.status()).isEqualTo(1);
        assertThat(few.err()).contains("holds 3 topics in 'en', fewer than the 4 expected");
        assertThat(checksum.status()).isEqualTo(1);
        assertThat(checksum.err()).contains("SHA-256");
        assertThat(new CollectionStore(dataDir).current("default")).isEmpty();
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(FetchRecord.directory(dataDir))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
        }
    }
}
