package org.salus.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Per-mode latency of {@code POST /api/chat} on a running Salus, one client at a time (so a mode's own parallelism
 * is what is measured), with the prompt-token figures and agent timings each reply's trace carries, and the share
 * of cited answer sentences their passages support ({@link CitationSupport}).
 * Usage: {@code ModesBenchmark --url http://127.0.0.1:18091 --questions FILE --n 60
 * [--corpus FILE --corpus-format medlineplus-jsonl] [--llm-stats http://127.0.0.1:18092/stats]}.
 */
public final class ModesBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern REMOVED = Pattern.compile("(\\d+) unsupported sentence\\(s\\) removed");
    private static final List<String> MODES = List.of("instant", "thinking", "contemplating");

    private ModesBenchmark() {
    }

    /** What one mode's run added up to. */
    private static final class Tally {
        final List<Long> times = new ArrayList<>();
        final List<Double> parallel = new ArrayList<>();
        long compressed;
        long naive;
        int counted;
        int cited;
        int supported;
        int removed;
        int byLlm;
        long promptTokens = -1;
        int promptCalls;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = RetrievalBenchmark.options(args);
        String url = loopback(o.getOrDefault("--url", "http://127.0.0.1:18091"));
        String stats = o.containsKey("--llm-stats") ? loopback(o.get("--llm-stats")) : null;
        int n = Integer.parseInt(o.getOrDefault("--n", "60"));
        List<String> questions = Files.readAllLines(Path.of(o.get("--questions")), StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(s -> !s.isEmpty()).limit(n).toList();
        CitationSupport support = o.containsKey("--corpus")
                ? CitationSupport.fromCorpus(o.getOrDefault("--corpus-format", "medlineplus-jsonl"), Path.of(o.get("--corpus")))
                : null;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (String mode : MODES) {
            for (String q : questions.subList(0, Math.min(10, questions.size()))) {
                send(http, url, q, mode);
            }
        }
        Map<String, Tally> tallies = new HashMap<>();
        for (String mode : MODES) {
            Tally t = new Tally();
            JsonNode before = stats == null ? null : get(http, stats);
            for (String q : questions) {
                long start = System.nanoTime();
                JsonNode reply = JSON.readTree(send(http, url, q, mode));
                t.times.add(System.nanoTime() - start);
                count(t, reply, support);
            }
            if (before != null) {
                JsonNode after = get(http, stats);
                t.promptTokens = after.get("promptTokens").asLong() - before.get("promptTokens").asLong();
                t.promptCalls = after.get("answerCalls").asInt() - before.get("answerCalls").asInt();
            }
            tallies.put(mode, t);
        }
        System.out.println("| mode | questions | p50 ms | p95 ms | compressed tokens (mean) | naive top-5 tokens (mean) | ratio | agents wall / slowest agent (median) |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (String mode : MODES) {
            Tally t = tallies.get(mode);
            Collections.sort(t.times);
            Collections.sort(t.parallel);
            System.out.printf(Locale.ROOT, "| %s | %d | %.0f | %.0f | %s | %s | %s | %s |%n", mode, t.times.size(),
                    pct(t.times, 50), pct(t.times, 95),
                    t.counted == 0 ? "–" : String.valueOf(t.compressed / t.counted), t.counted == 0 ? "–" : String.valueOf(t.naive / t.counted),
                    t.counted == 0 ? "–" : String.format(Locale.ROOT, "%.2f", (double) t.compressed / t.naive),
                    t.parallel.isEmpty() ? "–" : String.format(Locale.ROOT, "%.2f", t.parallel.get(t.parallel.size() / 2)));
        }
        if (support == null) {
            return;
        }
        support.unsupported().forEach(u -> System.err.println("unsupported (strict check): " + u));
        System.out.println();
        System.out.println("| mode | cited sentences | supported (strict check) | support rate | removed by the app's verifier | answers written by the LLM | prompt tokens per answer call (measured by the stub) |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (String mode : MODES) {
            Tally t = tallies.get(mode);
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %s | %d | %d of %d | %s |%n", mode, t.cited, t.supported,
                    t.cited == 0 ? "–" : String.format(Locale.ROOT, "%.3f", (double) t.supported / t.cited), t.removed,
                    t.byLlm, t.times.size(), t.promptCalls <= 0 ? "–" : String.valueOf(t.promptTokens / t.promptCalls));
        }
    }

    private static void count(Tally t, JsonNode reply, CitationSupport support) {
        JsonNode tokens = reply.path("trace").path("promptTokens");
        if (tokens.has("compressed") && tokens.path("naiveTop5").asInt() > 0) {
            t.compressed += tokens.get("compressed").asInt();
            t.naive += tokens.get("naiveTop5").asInt();
            t.counted++;
        }
        JsonNode timings = reply.path("timingsMs");
        if (timings.has("agents.wall") && timings.path("agents.slowest").asLong() > 0) {
            t.parallel.add(timings.get("agents.wall").asDouble() / timings.get("agents.slowest").asLong());
        }
        for (JsonNode note : reply.path("notes")) {
            Matcher m = REMOVED.matcher(note.asText());
            if (m.find()) {
                t.removed += Integer.parseInt(m.group(1));
            }
        }
        String provider = reply.path("model").path("provider").asText();
        if (!provider.isEmpty() && !"extractive".equals(provider)) {
            t.byLlm++;
        }
        if (support != null) {
            Map<Integer, String> cited = new HashMap<>();
            reply.path("citations").forEach(c -> cited.put(c.get("n").asInt(), c.get("id").asText()));
            CitationSupport.Count c = support.check(reply.path("answer").asText(), cited);
            t.cited += c.sentences();
            t.supported += c.supported();
        }
    }

    private static String loopback(String url) {
        if (!url.startsWith("http://127.") && !url.startsWith("http://localhost")) {
            throw new IllegalArgumentException("the benchmark only targets loopback addresses");
        }
        return url;
    }

    private static String send(HttpClient http, String url, String question, String mode) throws Exception {
        String json = JSON.writeValueAsString(Map.of("message", question, "mode", mode));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "/api/chat"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + r.statusCode() + " in mode " + mode);
        }
        return r.body();
    }

    private static JsonNode get(HttpClient http, String url) throws Exception {
        return JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    private static double pct(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }
}
