package org.salus.bench;

import java.net.URI;
import java.net.URLEncoder;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load on a running Salus over loopback: N concurrent clients send real questions to {@code /api/search} and
 * {@code /api/chat}; prints median, p95 and p99 latency per endpoint. The server is started by
 * {@code bench/latency.sh}; this class only talks HTTP. With {@code --server-pid} it also prints the server's CPU time
 * per request (from {@code /proc}), which a shared, noisy machine disturbs far less than wall-clock latency.
 * Usage: {@code LatencyBenchmark --url http://127.0.0.1:18090 --clients 16 --requests 2000 --questions FILE
 * [--server-pid PID]}.
 */
public final class LatencyBenchmark {

    public static void main(String[] args) throws Exception {
        Map<String, String> o = RetrievalBenchmark.options(args);
        String url = o.getOrDefault("--url", "http://127.0.0.1:18090");
        if (!url.startsWith("http://127.") && !url.startsWith("http://localhost")) {
            throw new IllegalArgumentException("the benchmark only targets loopback addresses");
        }
        int clients = Integer.parseInt(o.getOrDefault("--clients", "16"));
        int requests = Integer.parseInt(o.getOrDefault("--requests", "2000"));
        List<String> questions = Files.readAllLines(Path.of(o.get("--questions")), StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        String pid = o.get("--server-pid");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (String endpoint : List.of("search", "chat")) {
            run(http, url, endpoint, questions, clients, Math.min(200, requests / 10));
            double cpuBefore = cpuMillis(pid);
            List<Long> times = run(http, url, endpoint, questions, clients, requests);
            double cpuPerRequest = (cpuMillis(pid) - cpuBefore) / times.size();
            Collections.sort(times);
            System.out.printf(Locale.ROOT, "| /api/%s | %d | %d | %.1f | %.1f | %.1f | %s |%n", endpoint, clients, times.size(),
                    pct(times, 50), pct(times, 95), pct(times, 99),
                    pid == null ? "–" : String.format(Locale.ROOT, "%.2f", cpuPerRequest));
        }
    }

    /** User + system CPU time of a process so far, in milliseconds (Linux {@code /proc}); 0 without a pid. */
    private static double cpuMillis(String pid) throws java.io.IOException {
        if (pid == null) {
            return 0;
        }
        String stat = Files.readString(Path.of("/proc", pid, "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 10.0;
    }

    private static List<Long> run(HttpClient http, String url, String endpoint, List<String> questions, int clients,
                                  int requests) throws Exception {
        AtomicInteger next = new AtomicInteger();
        List<Long> times = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < requests) {
                        String q = questions.get(i % questions.size());
                        HttpRequest request = endpoint.equals("search")
                                ? HttpRequest.newBuilder(URI.create(url + "/api/search?k=10&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))).build()
                                : HttpRequest.newBuilder(URI.create(url + "/api/chat")).header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofString("{\"message\":" + json(q) + "}")).build();
                        long t = System.nanoTime();
                        try {
                            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() != 200) {
                                failures.incrementAndGet();
                            }
                        } catch (Exception e) {
                            failures.incrementAndGet();
                        }
                        times.add(System.nanoTime() - t);
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        }
        if (failures.get() > 0) {
            System.err.println(endpoint + ": " + failures.get() + " failed requests");
        }
        return new ArrayList<>(times);
    }

    private static double pct(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
