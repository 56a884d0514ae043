package org.salus.bench;

import java.io.IOException;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.salus.kb.embed.Embedder;

/**
 * Server CPU time per request (issue 19), read from {@code /proc/<pid>/stat} around batches of questions the server
 * has never seen, beside the bare encoder's CPU per query measured by this process in the same run, so a shared,
 * noisy machine moves both alike and their ratio stays meaningful. Each round: the bare encoder on the round's
 * search questions, {@code /api/search} on them (uncached), the same searches again (embedding cached), then
 * LLM-free {@code /api/chat} in Instant mode on fresh questions. Prints one row per round and the medians.
 * Usage: {@code CostBenchmark --url http://127.0.0.1:18091 --server-pid PID --questions FILE [--clients 4]
 * [--rounds 5] [--per-round 100] [--warmup 500] [--phases FILE]}; the questions file holds distinct questions, one a
 * line; {@code --phases} appends when each measured batch ran, for {@link CpuProfile} to cut a JFR recording by.
 */
public final class CostBenchmark {

    private static final List<String> COLUMNS = List.of("encoder", "search", "search cached", "chat instant");

    public static void main(String[] args) throws Exception {
        Map<String, String> o = RetrievalBenchmark.options(args);
        String url = o.getOrDefault("--url", "http://127.0.0.1:18091");
        if (!url.startsWith("http://127.") && !url.startsWith("http://localhost")) {
            throw new IllegalArgumentException("the benchmark only targets loopback addresses");
        }
        String pid = o.get("--server-pid");
        int clients = Integer.parseInt(o.getOrDefault("--clients", "4"));
        int rounds = Integer.parseInt(o.getOrDefault("--rounds", "5"));
        int perRound = Integer.parseInt(o.getOrDefault("--per-round", "100"));
        int warmup = Integer.parseInt(o.getOrDefault("--warmup", "500"));
        Phases phases = new Phases(o.get("--phases"));
        List<String> questions = Files.readAllLines(Path.of(o.get("--questions")), StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        int needed = 2 * warmup + rounds * 2 * perRound;
        if (questions.size() < needed) {
            throw new IllegalArgumentException("need " + needed + " distinct questions, the file has " + questions.size());
        }
        var next = new Object() {
            int at;

            List<String> take(int n) {
                List<String> batch = questions.subList(at, at + n);
                at += n;
                return batch;
            }
        };
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Embedder encoder = Embedder.bgeSmall();
        List<String> warm = next.take(warmup);
        drive(clients, warm, encoder::query);
        drive(clients, warm, q -> send(http, search(url, q)));
        drive(clients, next.take(warmup), q -> send(http, chat(url, q)));

        System.out.printf(Locale.ROOT, "%d clients, %d distinct questions per round and request type; CPU ms per request "
                + "or query without the JIT compiler threads (their share in brackets), ratio to the encoder%n%n", clients, perRound);
        System.out.println("| round | encoder | search | ratio | search cached | ratio | chat instant | ratio |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        Map<String, List<Double>> all = new LinkedHashMap<>();
        COLUMNS.forEach(c -> all.put(c, new ArrayList<>()));
        for (int round = 1; round <= rounds; round++) {
            List<String> asked = next.take(perRound);
            List<String> chats = next.take(perRound);
            Cost encoderMs = cpuPerItem("self", clients, asked, encoder::query);
            Cost searchMs = phases.time("search", asked.size(), () -> cpuPerItem(pid, clients, asked, q -> send(http, search(url, q))));
            Cost cachedMs = phases.time("search-cached", asked.size(), () -> cpuPerItem(pid, clients, asked, q -> send(http, search(url, q))));
            Cost chatMs = phases.time("chat-instant", chats.size(), () -> cpuPerItem(pid, clients, chats, q -> send(http, chat(url, q))));
            List<Cost> row = List.of(encoderMs, searchMs, cachedMs, chatMs);
            StringBuilder line = new StringBuilder("| " + round + " | " + row.getFirst());
            for (int i = 0; i < row.size(); i++) {
                all.get(COLUMNS.get(i)).add(row.get(i).ms());
                if (i > 0) {
                    line.append(String.format(Locale.ROOT, " | %s | %.2f×", row.get(i), row.get(i).ms() / encoderMs.ms()));
                }
            }
            System.out.println(line.append(" |"));
        }
        StringBuilder median = new StringBuilder(String.format(Locale.ROOT, "| **median** | **%.2f**", median(all.get("encoder"))));
        for (String c : COLUMNS.subList(1, COLUMNS.size())) {
            median.append(String.format(Locale.ROOT, " | **%.2f** | **%.2f×**", median(all.get(c)),
                    median(ratios(all.get(c), all.get("encoder")))));
        }
        System.out.println(median.append(" |"));
    }

    /** CPU milliseconds per item, without the JIT compiler threads, and theirs. */
    record Cost(double ms, double jitMs) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.2f (%.2f)", ms, jitMs);
        }
    }

    /** When asked, each measured batch's name, wall-clock start and end (epoch ms) and size, for {@link CpuProfile}. */
    private record Phases(String file) {
        Cost time(String name, int requests, java.util.concurrent.Callable<Cost> batch) throws Exception {
            long start = System.currentTimeMillis();
            Cost result = batch.call();
            if (file != null) {
                Files.writeString(Path.of(file), name + " " + start + " " + System.currentTimeMillis() + " " + requests + "\n",
                        StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            }
            return result;
        }
    }

    /** CPU milliseconds {@code pid} ("self" for this process) spends per item while {@code clients} threads work through {@code items}. */
    private static Cost cpuPerItem(String pid, int clients, List<String> items, Function<String, ?> work) throws Exception {
        double before = cpuMillis(pid);
        double jitBefore = jitMillis(pid);
        drive(clients, items, work);
        double jit = (jitMillis(pid) - jitBefore) / items.size();
        return new Cost((cpuMillis(pid) - before) / items.size() - jit, jit);
    }

    /** Sends {@code items} through {@code work} from {@code clients} threads, each item once. */
    static void drive(int clients, List<String> items, Function<String, ?> work) throws Exception {
        AtomicInteger next = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < items.size()) {
                        work.apply(items.get(i));
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        }
    }

    private static HttpRequest search(String url, String q) {
        return HttpRequest.newBuilder(URI.create(url + "/api/search?k=10&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .build();
    }

    private static HttpRequest chat(String url, String q) {
        return HttpRequest.newBuilder(URI.create(url + "/api/chat")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"message\":" + json(q) + ",\"mode\":\"instant\"}")).build();
    }

    private static int send(HttpClient http, HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(request.uri().getPath() + " answered " + r.statusCode() + ": " + r.body());
            }
            return r.statusCode();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** User + system CPU time of a process so far, in milliseconds (Linux {@code /proc}, 100 ticks a second). */
    static double cpuMillis(String pid) throws IOException {
        return ticks(Files.readString(Path.of("/proc", pid, "stat"))) * 10.0;
    }

    /** The same for the process's JIT compiler threads only (their CPU falls as the server warms up). */
    static double jitMillis(String pid) throws IOException {
        double ms = 0;
        try (var tasks = Files.list(Path.of("/proc", pid, "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    if (Files.readString(task.resolve("comm")).contains("CompilerThre")) {
                        ms += ticks(Files.readString(task.resolve("stat"))) * 10.0;
                    }
                } catch (IOException gone) {
                    // a thread that ended meanwhile
                }
            }
        }
        return ms;
    }

    private static long ticks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    private static List<Double> ratios(List<Double> a, List<Double> b) {
        List<Double> r = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            r.add(a.get(i) / b.get(i));
        }
        return r;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String json(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
