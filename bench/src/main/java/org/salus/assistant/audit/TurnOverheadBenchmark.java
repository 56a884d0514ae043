package org.salus.assistant.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.salus.assistant.chat.ChatTurnCompleted;
import org.salus.assistant.privacy.ChatTranscriptReady;
import org.salus.assistant.privacy.PrivacyProperties;
import org.salus.assistant.privacy.logging.LogScrubber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * What privacy costs a chat turn: the audit listener's time on the chat thread, the writer's throughput into the
 * embedded database, the opt-in transcript redaction and log-line redaction. It lives in the assistant's package to
 * drive its package-private audit classes directly. Run it (see docs/BENCHMARKS.md) with
 * {@code ./mvnw -B -q -pl assistant,bench -am package -DskipTests && ./mvnw -B -q -pl bench exec:exec
 * -Dbench.main=org.salus.assistant.audit.TurnOverheadBenchmark}.
 */
public final class TurnOverheadBenchmark {

    private static final int TURNS = 50_000;

    private TurnOverheadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of("bench", "target", "audit-" + System.nanoTime())).toAbsolutePath();
        String url = "jdbc:h2:file:" + dir.resolve("salus") + ";TRACE_LEVEL_FILE=0";
        var dataSource = new SingleConnectionDataSource(url, "sa", "", true);
        Flyway.configure().dataSource(dataSource).load().migrate();
        var properties = new PrivacyProperties(Duration.ofDays(30), Duration.ofHours(1), true, null, null, TURNS + 16);
        var writer = new AuditWriter(new AuditLog(new JdbcTemplate(dataSource)), properties);
        var keys = SessionKeys.open(dir.resolve("session-keys"));
        var auditor = new TurnAuditor(keys, writer);
        writer.start();

        List<String> docs = List.of("medlineplus-stroke", "medlineplus-heart-attack");
        long[] onThread = new long[TURNS];
        long begin = System.nanoTime();
        for (int i = 0; i < TURNS; i++) {
            var turn = new ChatTurnCompleted(Instant.now(), "session-" + (i % 500), "api", "instant", "en", "answer",
                    "routine", List.of("cardiovascular"), "salus-safety@1", docs, "extractive", 42, null);
            long t = System.nanoTime();
            auditor.on(turn);
            onThread[i] = System.nanoTime() - t;
        }
        writer.afterPending(log -> null, Duration.ofMinutes(5));
        double seconds = (System.nanoTime() - begin) / 1e9;
        report("audit listener on the chat thread (HMAC + record + enqueue)", onThread);
        System.out.printf("audit writer: %d turns written to H2 in %.2f s = %.0f turns/s (dropped %d)%n",
                TURNS, seconds, TURNS / seconds, writer.dropped());

        var transcripts = new TranscriptRecorder(properties, keys, writer);
        String message = "Hello, I'm Ana Ruiz, 54, my doctor at 12 Elm Street said my BP was 150/95 on 3 March. "
                + "Should I worry? Call me at (415) 555-0142.";
        String answer = "High blood pressure often has no symptoms [1]. A reading of 130/80 or higher is considered high "
                + "by many guidelines [2]. Lifestyle changes such as less salt, regular exercise and limiting alcohol can "
                + "lower it [1]. A clinician can tell you what your readings mean for you [3].";
        long[] redaction = new long[2000];
        for (int i = 0; i < redaction.length; i++) {
            long t = System.nanoTime();
            transcripts.on(new ChatTranscriptReady(Instant.now(), "s", message, answer));
            redaction[i] = System.nanoTime() - t;
        }
        report("opt-in transcript hand-off on the chat thread", redaction);
        long drain = System.nanoTime();
        writer.afterPending(log -> null, Duration.ofMinutes(5));
        System.out.printf("transcript redaction on the writer thread: %.2f ms per transcript (%d chars)%n",
                (System.nanoTime() - drain) / 1e6 / redaction.length, message.length() + answer.length());

        for (String line : List.of("Retention purge removed audit records", "Started SalusApplication in 6.912 seconds",
                "Unexpected error handling a request: java.lang.IllegalStateException at org.salus.X.y(X.java:42)")) {
            long[] times = new long[20_000];
            for (int i = 0; i < times.length; i++) {
                long t = System.nanoTime();
                LogScrubber.scrub(line);
                times[i] = System.nanoTime() - t;
            }
            report("log line redaction: \"" + line + "\"", times);
        }
        writer.stop();
        dataSource.destroy();
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int warm = sorted.length / 10;
        long[] kept = Arrays.copyOfRange(nanos, warm, nanos.length);
        Arrays.sort(kept);
        System.out.printf("%s: median %.1f µs, p99 %.1f µs, max %.1f µs (n=%d after %d warm-up)%n", what,
                kept[kept.length / 2] / 1e3, kept[(int) (kept.length * 0.99)] / 1e3, kept[kept.length - 1] / 1e3,
                kept.length, warm);
    }
}
