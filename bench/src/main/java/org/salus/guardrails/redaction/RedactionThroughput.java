package org.salus.guardrails.redaction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Hand-run timing harness: single-thread redaction throughput in characters per second of the thread's CPU time (so that
 * other load on a shared machine distorts it less) over the project's clinical notes, the Presidio sentences and the
 * MedlinePlus English and Spanish summaries, median of several timed passes after warm-up. Given the classes of another
 * build of the redactor (a directory with {@code org/salus/guardrails/redaction} and its word lists), it times both in
 * the same run, alternating passes, and prints the ratio. Run:
 * {@code java -cp guardrails/target/classes:guardrails/target/test-classes:CP
 * org.salus.guardrails.redaction.RedactionThroughput ../shared [PASSES] [BASELINE_CLASSES_DIR]}.
 */
final class RedactionThroughput {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private RedactionThroughput() {
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Consumer<String> current = Redactor.standard()::redact;
        Consumer<String> baseline = args.length > 2 ? baseline(Path.of(args[2])) : null;
        Map<String, List<String>> corpora = new LinkedHashMap<>();
        corpora.put("clinical-notes-dev", notes());
        corpora.put("medlineplus-en", field(shared.resolve("data/medlineplus/health_topics_en_medquad2017.jsonl"),
                "summary"));
        corpora.put("medlineplus-es", field(shared.resolve("data/medlineplus/health_topics_es_2024.jsonl"),
                "summary_markdown"));
        List<String> presidio = new ArrayList<>();
        new ObjectMapper().readTree(shared.resolve("eval/presidio-synthetic-pii/synth_dataset_v2.json").toFile())
                .forEach(n -> presidio.add(n.path("full_text").asText()));
        corpora.put("presidio-synthetic-pii", presidio);
        if (System.getProperty("compare") != null && args.length > 2) {
            Function<String, String> old = baselineRedacted(Path.of(args[2]));
            int differ = 0;
            for (Map.Entry<String, List<String>> c : corpora.entrySet()) {
                for (String t : c.getValue()) {
                    String now = Redactor.standard().redact(t).redacted();
                    String before = old.apply(t);
                    if (!now.equals(before) && differ++ < 60) {
                        int at = 0;
                        while (at < now.length() && at < before.length() && now.charAt(at) == before.charAt(at)) {
                            at++;
                        }
                        int from = Math.max(0, at - 60);
                        System.out.println(c.getKey() + "\n  before: " + before.substring(from, Math.min(before.length(),
                                at + 80)).replace('\n', '|') + "\n  now:    "
                                + now.substring(from, Math.min(now.length(), at + 80)).replace('\n', '|'));
                    }
                }
            }
            System.out.println(differ + " texts redacted differently");
            return;
        }
        if (System.getProperty("detectors") != null) {
            for (Map.Entry<String, List<String>> c : corpora.entrySet()) {
                detectors(c.getKey(), c.getValue());
            }
            return;
        }
        for (Map.Entry<String, List<String>> c : corpora.entrySet()) {
            report(c.getKey(), c.getValue(), passes, current, baseline);
        }
    }

    /** Thread CPU time of each detector of the balanced chain over {@code texts} (with {@code -Ddetectors}). */
    private static void detectors(String name, List<String> texts) {
        List<Detector> chain = Detectors.standard(Lexicons.load(), RedactionMode.BALANCED);
        List<CaseView> views = texts.stream().map(CaseView::of).toList();
        long chars = texts.stream().mapToLong(String::length).sum();
        List<Span> sink = new ArrayList<>();
        System.out.printf(Locale.ROOT, "%s (%d chars): microseconds per 1,000 characters%n", name, chars);
        for (Detector d : chain) {
            double best = Double.MAX_VALUE;
            for (int pass = 0; pass < 3; pass++) {
                long start = CPU.getCurrentThreadCpuTime();
                for (CaseView v : views) {
                    sink.clear();
                    d.detect(v, sink);
                }
                best = Math.min(best, (CPU.getCurrentThreadCpuTime() - start) / 1e3 / (chars / 1e3));
            }
            System.out.printf(Locale.ROOT, "  %8.1f  %s%n", best, d);
        }
    }

    /** The standard balanced redactor of another build, loaded in its own class loader. */
    private static Consumer<String> baseline(Path classes) throws Exception {
        Function<String, String> redacted = baselineRedacted(classes);
        return redacted::apply;
    }

    private static Function<String, String> baselineRedacted(Path classes) throws Exception {
        List<URL> urls = new ArrayList<>();
        urls.add(classes.toUri().toURL());
        ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), RedactionThroughput.class.getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (name.startsWith("org.salus.guardrails.redaction.")) {
                    synchronized (getClassLoadingLock(name)) {
                        Class<?> c = findLoadedClass(name);
                        return c != null ? c : findClass(name);
                    }
                }
                return super.loadClass(name, resolve);
            }

            @Override
            public URL getResource(String name) {
                URL own = findResource(name);
                return own != null ? own : super.getResource(name);
            }

            @Override
            public InputStream getResourceAsStream(String name) {
                try {
                    URL url = getResource(name);
                    return url == null ? null : url.openStream();
                } catch (IOException e) {
                    return null;
                }
            }
        };
        Class<?> type = loader.loadClass("org.salus.guardrails.redaction.Redactor");
        Object redactor = type.getMethod("standard").invoke(null);
        Method redact = type.getMethod("scrub", String.class);
        return text -> {
            try {
                return (String) redact.invoke(redactor, text);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static List<String> notes() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        try (InputStream in = Redactor.class.getClassLoader()
                .getResourceAsStream("salus/guardrails/eval/redaction/dev.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    texts.add(json.readTree(line).path("text").asText());
                }
            }
        }
        return texts;
    }

    private static List<String> field(Path jsonl, String name) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(jsonl)) {
            for (String line; (line = r.readLine()) != null; ) {
                JsonNode n = json.readTree(line);
                texts.add(n.path(name).asText());
            }
        }
        return texts;
    }

    private static void report(String name, List<String> texts, int passes, Consumer<String> current,
                               Consumer<String> baseline) {
        long chars = texts.stream().mapToLong(String::length).sum();
        for (int i = 0; i < 2; i++) {
            texts.forEach(current);
            if (baseline != null) {
                texts.forEach(baseline);
            }
        }
        double[] rates = new double[passes];
        double[] baseRates = new double[passes];
        double[] ratios = new double[passes];
        for (int p = 0; p < passes; p++) {
            rates[p] = pass(texts, chars, current);
            if (baseline != null) {
                baseRates[p] = pass(texts, chars, baseline);
                ratios[p] = rates[p] / baseRates[p];
            }
        }
        System.out.printf(Locale.ROOT, "%-24s %5d texts %9d chars  current median %.2f MB/s (min %.2f, max %.2f)",
                name, texts.size(), chars, median(rates) / 1e6, min(rates) / 1e6, max(rates) / 1e6);
        if (baseline != null) {
            System.out.printf(Locale.ROOT, "  baseline median %.2f MB/s  ratio median %.2f (min %.2f, max %.2f)",
                    median(baseRates) / 1e6, median(ratios), min(ratios), max(ratios));
        }
        System.out.printf(Locale.ROOT, "  [%d passes, chars per thread-CPU second]%n", passes);
    }

    private static double pass(List<String> texts, long chars, Consumer<String> redactor) {
        long start = CPU.getCurrentThreadCpuTime();
        for (String t : texts) {
            redactor.accept(t);
        }
        return chars / ((CPU.getCurrentThreadCpuTime() - start) / 1e9);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(0);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }
}
