package org.salus.bench;

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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Per-mode latency of {@code POST /api/chat} on a running Salus, one client at a time (so a mode's own parallelism
 * is what is measured), with the prompt-token figures and agent timings each reply's trace carries.
 * Usage: {@code ModesBenchmark --url http://127.0.0.1:18091 --questions FILE --n 60}.
 */
public final class ModesBenchmark {

    private static final Pattern COMPRESSED = Pattern.compile("\"compressed\":(\\d+)");
    private static final Pattern NAIVE = Pattern.compile("\"naiveTop5\":(\\d+)");
    private static final Pattern WALL = Pattern.compile("\"agents\\.wall\":(\\d+)");
    private static final Pattern SLOWEST = Pattern.compile("\"agents\\.slowest\":(\\d+)");

    private ModesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = RetrievalBenchmark.options(args);
        String url = o.getOrDefault("--url", "http://127.0.0.1:18091");
        if (!url.startsWith("http://127.") && !url.startsWith("http://localhost")) {
            throw new IllegalArgumentException("the benchmark only targets loopback addresses");
        }
        int n = Integer.parseInt(o.getOrDefault("--n", "60"));
        List<String> questions = Files.readAllLines(Path.of(o.get("--questions")), StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(s -> !s.isEmpty()).limit(n).toList();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        System.out.println("| mode | questions | p50 ms | p95 ms | compressed tokens (mean) | naive top-5 tokens (mean) | ratio | agents wall / slowest agent (median) |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        List<String> modes = List.of("instant", "thinking", "contemplating");
        for (String mode : modes) {
            for (String q : questions.subList(0, Math.min(10, questions.size()))) {
                send(http, url, q, mode);
            }
        }
        for (String mode : modes) {
            List<Long> times = new ArrayList<>();
            List<Double> parallel = new ArrayList<>();
            long compressed = 0;
            long naive = 0;
            int counted = 0;
            for (String q : questions) {
                long t = System.nanoTime();
                String body = send(http, url, q, mode);
                times.add(System.nanoTime() - t);
                Long c = number(COMPRESSED, body);
                Long b = number(NAIVE, body);
                if (c != null && b != null && b > 0) {
                    compressed += c;
                    naive += b;
                    counted++;
                }
                Long wall = number(WALL, body);
                Long slowest = number(SLOWEST, body);
                if (wall != null && slowest != null && slowest > 0) {
                    parallel.add((double) wall / slowest);
                }
            }
            Collections.sort(times);
            Collections.sort(parallel);
            System.out.printf(Locale.ROOT, "| %s | %d | %.0f | %.0f | %s | %s | %s | %s |%n", mode, times.size(),
                    pct(times, 50), pct(times, 95),
                    counted == 0 ? "–" : String.valueOf(compressed / counted), counted == 0 ? "–" : String.valueOf(naive / counted),
                    counted == 0 ? "–" : String.format(Locale.ROOT, "%.2f", (double) compressed / naive),
                    parallel.isEmpty() ? "–" : String.format(Locale.ROOT, "%.2f", parallel.get(parallel.size() / 2)));
        }
    }

    private static String send(HttpClient http, String url, String question, String mode) throws Exception {
        String json = "{\"message\":\"" + question.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"mode\":\"" + mode + "\"}";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "/api/chat"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + r.statusCode() + " in mode " + mode);
        }
        return r.body();
    }

    private static Long number(Pattern p, String body) {
        Matcher m = p.matcher(body);
        return m.find() ? Long.parseLong(m.group(1)) : null;
    }

    private static double pct(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }
}
