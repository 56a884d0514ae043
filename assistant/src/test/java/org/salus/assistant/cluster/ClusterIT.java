package org.salus.assistant.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.salus.assistant.TestCorpus;
import org.salus.assistant.security.TestAuthority;
import org.salus.kb.index.CollectionStore;

/**
 * Two whole Salus instances on loopback sharing one PostgreSQL schema in cluster mode, fed by {@code ./salus ingest}
 * run as a separate process with the cluster's environment: a new instance restores the published generation before
 * it is ready, a new generation reaches both within 10 s with identical results, and nothing that matters lives in
 * one instance (session keys and tokens, SMART launches, the retention schedule).
 */
@EnabledIfEnvironmentVariable(named = "SALUS_TEST_PG_URL", matches = "jdbc:postgresql:.+",
        disabledReason = "no PostgreSQL server: set SALUS_TEST_PG_URL (and _USER, _PASSWORD), as .ci/run does")
class ClusterIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The build lock of collection 'default' as pg_locks shows a bigint advisory lock (its two 32-bit halves). */
    private static final String BUILD_LOCK = "SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND granted AND objsubid = 1"
            + " AND classid::bigint = " + (ClusterIngest.lockKey("default") >>> 32)
            + " AND objid::bigint = " + (ClusterIngest.lockKey("default") & 0xffffffffL);

    @TempDir
    static Path dirs;

    static ClusterDatabaseForTests db;
    static ClusterInstance a;
    static ClusterInstance b;

    @BeforeAll
    static void startCluster() throws Exception {
        db = ClusterDatabaseForTests.create("cluster_it");
        assertThat(ingest(dirs.resolve("builder-1"), TestCorpus.SOURCE)).contains("Published generation");
        a = new ClusterInstance(db, dirs.resolve("a"));
        b = new ClusterInstance(db, dirs.resolve("b"));
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
        if (db != null) {
            db.drop();
        }
    }

    @Test
    void newInstancesServeThePublishedGenerationOnceReady() throws Exception {
        for (ClusterInstance instance : List.of(a, b)) {
            assertThat(instance.get("/readyz").statusCode()).isEqualTo(200);
            assertThat(generation(instance)).isEqualTo(generation(new ClusterInstanceDir(dirs.resolve("builder-1"))));
        }
    }

    @Test
    void oneIngestReachesEveryInstanceWithinTenSecondsWithIdenticalResults() throws Exception {
        Path source = Files.createDirectories(dirs.resolve("new-source"));
        Files.writeString(source.resolve("quokka.md"), """
                ---
                id: cluster-quokka-fever
                title: Quokka fever
                language: en
                publisher: Salus test corpus
                url: https://example.org/quokka-fever
                review: {status: approved, reviewer: Test Reviewer, reviewed-on: 2026-01-01, expires-on: null}
                ---
                # Quokka fever

                Quokka fever is an invented illness used to test that a new index generation reaches every instance.
                """);
        // A builder with an empty data directory: it must start from the published generation, not from nothing.
        String out = ingest(dirs.resolve("builder-2"), source);
        long returned = System.nanoTime();
        assertThat(out).contains("Published generation");
        for (ClusterInstance instance : List.of(a, b)) {
            while (!instance.get("/api/search?q=quokka+fever").body().contains("cluster-quokka-fever")) {
                assertThat(Duration.ofNanos(System.nanoTime() - returned)).isLessThan(Duration.ofSeconds(10));
                Thread.sleep(100);
            }
        }
        long seenMs = (System.nanoTime() - returned) / 1_000_000;
        System.out.println("cluster: the new generation was served by both instances " + seenMs + " ms after ingest returned");
        for (String q : List.of("quokka fever", "warning signs of a stroke", "exercise each week", "heart attack")) {
            String query = "/api/search?q=" + q.replace(' ', '+');
            JsonNode fromA = JSON.readTree(a.get(query).body());
            JsonNode fromB = JSON.readTree(b.get(query).body());
            assertThat(fromA.get("hits")).isNotEmpty();
            assertThat(fromB).isEqualTo(fromA);
        }
        HttpResponse<String> answerA = a.get("/api/search?q=stroke");
        HttpResponse<String> answerB = b.get("/api/search?q=stroke");
        assertThat(answerA.headers().firstValue("X-Salus-Generation")).isPresent()
                .isEqualTo(answerB.headers().firstValue("X-Salus-Generation"));
        assertThat(answerA.headers().firstValue("X-Salus-Instance")).isPresent()
                .isNotEqualTo(answerB.headers().firstValue("X-Salus-Instance"));
        assertThat(fromA("/api/search?q=stroke")).contains("tiny-");
    }

    @Test
    void aKilledBuildLeavesThePreviousGenerationServingAndReleasesTheLock() throws Exception {
        Path source = Files.createDirectories(dirs.resolve("big-source"));
        for (int i = 0; i < 3000; i++) {
            Files.writeString(source.resolve("doc-" + i + ".md"), """
                    ---
                    id: killed-build-%d
                    title: Killed build document %d
                    language: en
                    publisher: Salus test corpus
                    url: https://example.org/killed/%d
                    review: {status: approved, reviewer: Test Reviewer, reviewed-on: 2026-01-01, expires-on: null}
                    ---
                    # Killed build document %d

                    Zanzibar lettuce syndrome number %d is an invented condition in a build that never finishes.
                    """.formatted(i, i, i, i, i));
        }
        String before = generation(a);
        long published = db.count("SELECT COUNT(*) FROM index_generation");
        Process build = ingestProcess(dirs.resolve("builder-killed"), source);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (db.count(BUILD_LOCK) == 0) {
            assertThat(build.isAlive()).as("the build is still running when its lock shows").isTrue();
            assertThat(System.nanoTime()).isLessThan(deadline);
            Thread.sleep(5);
        }
        new ProcessBuilder("kill", "-STOP", Long.toString(build.pid())).start().waitFor();
        build.destroyForcibly().waitFor();

        deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (db.count(BUILD_LOCK) > 0) {
            assertThat(System.nanoTime()).as("the server released the killed build's lock").isLessThan(deadline);
            Thread.sleep(50);
        }
        assertThat(db.count("SELECT COUNT(*) FROM index_generation")).isEqualTo(published);
        assertThat(db.count("SELECT COUNT(*) FROM index_generation WHERE NOT complete")).isZero();
        Thread.sleep(1500);
        assertThat(generation(a)).isEqualTo(before);
        assertThat(a.get("/api/search?q=zanzibar+lettuce").body()).doesNotContain("killed-build");
        assertThat(b.get("/api/search?q=stroke").body()).contains("tiny-");
    }

    @Test
    void anErasureSentToOneInstanceRemovesWhatEveryInstanceWrote() throws Exception {
        String chat = "{\"message\":\"What are the warning signs of a stroke?\",\"sessionId\":\"cluster-erase-1\"}";
        HttpResponse<String> onA = a.postJson("/api/chat", chat);
        HttpResponse<String> onB = b.postJson("/api/chat", chat);
        assertThat(onA.statusCode()).isEqualTo(200);
        assertThat(onB.statusCode()).isEqualTo(200);
        String token = onA.headers().firstValue("X-Session-Token").orElseThrow();
        assertThat(onB.headers().firstValue("X-Session-Token")).contains(token);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (db.count("SELECT COUNT(*) FROM audit_turn WHERE session_hash IS NOT NULL") < 2) {
            assertThat(System.nanoTime()).as("both audit rows written").isLessThan(deadline);
            Thread.sleep(100);
        }
        assertThat(db.count("SELECT COUNT(DISTINCT session_hash) FROM audit_turn WHERE session_hash IS NOT NULL"))
                .as("both instances hash the session with the one shared key").isEqualTo(1);

        assertThat(b.delete("/api/sessions/cluster-erase-1", "X-Session-Token", token).statusCode()).isEqualTo(204);
        assertThat(db.count("SELECT COUNT(*) FROM audit_turn WHERE session_hash IS NOT NULL")).isZero();
    }

    @Test
    void aSmartCallbackMayLandOnAnotherInstance() throws Exception {
        TestAuthority ehr = TestAuthority.get();
        HttpResponse<String> launch = a.get("/launch?iss=" + ehr.fhirBase() + "&launch=" + TestAuthority.LAUNCH);
        assertThat(launch.statusCode()).isEqualTo(302);
        HttpResponse<String> authorized = a.http.send(HttpRequest.newBuilder(
                URI.create(launch.headers().firstValue("Location").orElseThrow())).GET().build(), HttpResponse.BodyHandlers.ofString());
        URI callback = URI.create(authorized.headers().firstValue("Location").orElseThrow());
        String onB = b.url(callback.getRawPath() + "?" + callback.getRawQuery());

        HttpResponse<String> landed = b.http.send(HttpRequest.newBuilder(URI.create(onB)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(landed.statusCode()).as(landed.body()).isEqualTo(302);
        assertThat(URI.create(landed.headers().firstValue("Location").orElseThrow()).getFragment()).contains("age=" + TestAuthority.PATIENT_AGE);
        String replayOnA = a.url(callback.getRawPath() + "?" + callback.getRawQuery());
        assertThat(a.http.send(HttpRequest.newBuilder(URI.create(replayOnA)).GET().build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).as("taken once across the cluster").isEqualTo(400);
    }

    @Test
    void feedbackVotesAreCountedForTheWholeCluster() throws Exception {
        String vote = "{\"vote\":\"up\",\"mode\":\"instant\",\"safetyAction\":\"answer\"}";
        long before = a.bean(org.salus.assistant.webchat.FeedbackTally.class).count(org.salus.assistant.webchat.FeedbackVote.Vote.UP);
        assertThat(a.postJson("/api/feedback", vote).statusCode()).isEqualTo(204);
        assertThat(b.postJson("/api/feedback", vote).statusCode()).isEqualTo(204);
        assertThat(a.bean(org.salus.assistant.webchat.FeedbackTally.class).count(org.salus.assistant.webchat.FeedbackVote.Vote.UP))
                .isEqualTo(before + 2);
        assertThat(b.bean(org.salus.assistant.webchat.FeedbackTally.class).snapshot())
                .isEqualTo(a.bean(org.salus.assistant.webchat.FeedbackTally.class).snapshot());
    }

    @Test
    void theRetentionPurgeRunsOnOneInstancePerInterval() throws Exception {
        // Both instances ran their startup purge: only one claimed it.
        assertThat(db.count("SELECT COUNT(*) FROM cluster_job WHERE name = 'retention-purge'")).isEqualTo(1);
        assertThat(a.bean(ClusterJobs.class).claim("retention-purge", Duration.ofHours(1))).isFalse();
        assertThat(b.bean(ClusterJobs.class).claim("retention-purge", Duration.ofHours(1))).isFalse();

        for (int round = 0; round < 5; round++) {
            db.execute("UPDATE cluster_job SET last_run = now() - interval '2 hours' WHERE name = 'retention-purge'");
            var onA = CompletableFuture.supplyAsync(() -> a.bean(ClusterJobs.class).claim("retention-purge", Duration.ofHours(1)));
            var onB = CompletableFuture.supplyAsync(() -> b.bean(ClusterJobs.class).claim("retention-purge", Duration.ofHours(1)));
            assertThat(List.of(onA.get(), onB.get())).containsExactlyInAnyOrder(true, false);
        }
    }

    private String fromA(String path) throws Exception {
        return a.get(path).body();
    }

    private static String generation(ClusterInstance instance) {
        return generation(new ClusterInstanceDir(instance.dataDir));
    }

    private static String generation(ClusterInstanceDir dir) {
        return new CollectionStore(dir.path()).current("default").orElseThrow().getFileName().toString();
    }

    private record ClusterInstanceDir(Path path) {}

    /** Runs {@code ./salus ingest} as the launcher does, in a process of its own with the cluster's environment. */
    static String ingest(Path dataDir, Path source) throws Exception {
        Process process = ingestProcess(dataDir, source);
        int exit = process.waitFor();
        String out = Files.readString(log(dataDir));
        assertThat(exit).as(out).isZero();
        return out;
    }

    static Process ingestProcess(Path dataDir, Path source) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-modules", "jdk.incubator.vector", "-cp", System.getProperty("java.class.path"), "org.salus.assistant.Salus",
                "ingest", "--format", "salus-md", "--path", source.toAbsolutePath().toString(), "--data-dir", dataDir.toString(),
                "--embedding", "none"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log(dataDir).toFile());
        Map<String, String> env = builder.environment();
        env.put("SALUS_CLUSTER_ENABLED", "true");
        env.put("SPRING_DATASOURCE_URL", db.url());
        env.put("SPRING_DATASOURCE_USERNAME", ClusterDatabaseForTests.USER);
        env.put("SPRING_DATASOURCE_PASSWORD", ClusterDatabaseForTests.PASSWORD);
        return builder.start();
    }

    private static Path log(Path dataDir) {
        return dataDir.resolveSibling(dataDir.getFileName() + "-ingest.log");
    }
}
