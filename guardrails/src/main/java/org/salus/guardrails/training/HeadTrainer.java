package org.salus.guardrails.training;

import org.salus.guardrails.learn.*;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.salus.guardrails.data.PolicyData;
import org.salus.guardrails.data.PolicyDataLoader;
import org.salus.guardrails.text.NormalizedText;

/**
 * Trains the safety heads from the labelled messages in the repository, reproducibly, during the build:
 * features and query embeddings of every message, five-fold out-of-fold scores for Platt calibration and for the
 * report, then each head on all messages. Fails when a threshold in {@code learned.yaml} misses its recall target
 * out of fold, so a data change that weakens emergency or crisis detection cannot land unnoticed.
 *
 * <p>Usage: {@code HeadTrainer TRAINING_DIR OUT_FILE CACHE_FILE REPORT_FILE}
 */
public final class HeadTrainer {

    static final int FOLDS = 5;
    private static final LogisticTrainer TRAINER = trainer(System.getProperty("salus.train.params", "20,0.08,1e-6"));
    private static final SharedNetTrainer DEEP = deep(System.getProperty("salus.train.deep", "64,10,0.001,1e-5"));

    private HeadTrainer() {
    }

    /** Throws (failing the build) on malformed training data or a missed recall target. */
    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: HeadTrainer TRAINING_DIR OUT_FILE CACHE_FILE REPORT_FILE");
        }
        List<String> misses = train(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
        if (!misses.isEmpty()) {
            throw new IllegalStateException("safety head targets missed: " + misses);
        }
    }

    static List<String> train(Path trainingDir, Path out, Path cacheFile, Path reportFile) throws IOException {
        long t0 = System.nanoTime();
        PolicyData data = new PolicyDataLoader(Optional.empty()).load();
        TrainingCorpus corpus = TrainingCorpus.read(trainingDir, data.negation());
        String recipe = recipe(corpus.sha256, data);
        if (Files.isRegularFile(out) && Files.isRegularFile(reportFile)) {
            try (var in = Files.newInputStream(out)) {
                if (HeadSet.read(in).corpus().equals(recipe)) {
                    System.out.println("Safety heads up to date (" + recipe.substring(0, 12) + ")");
                    return List.of();
                }
            } catch (IOException unreadable) {
                // retrain
            }
        }
        List<Example> examples = embed(corpus.examples, new EmbeddingCache(cacheFile));
        Files.createDirectories(reportFile.toAbsolutePath().getParent());
        Map<String, Head> full = new ConcurrentHashMap<>();
        Map<String, Head> features = new ConcurrentHashMap<>();
        Map<String, Calibration> calibrations = new ConcurrentHashMap<>();
        Map<String, double[]> stack = new ConcurrentHashMap<>();
        String only = System.getProperty("salus.train.heads", "");
        List<HeadSpec> specs = HeadSpec.all().stream()
                .filter(spec -> only.isEmpty() || List.of(only.split(",")).contains(spec.name())).toList();
        EnsembleFit deep = EnsembleFit.fit(specs, examples, DEEP);
        RuleCatches rules = RuleCatches.of(examples);
        specs.parallelStream().forEach(spec -> {
            for (boolean withEmbedding : new boolean[] {true, false}) {
                Fitted fitted = fit(spec, examples, withEmbedding, withEmbedding ? deep : null, rules);
                (withEmbedding ? full : features).put(spec.name(), fitted.head());
                calibrations.put(spec.name() + (withEmbedding ? "" : " (features only)"), fitted.calibration());
                if (fitted.stack() != null) {
                    stack.put(spec.name(), fitted.stack());
                }
            }
        });
        HeadSet set = new HeadSet(BgeQueryEmbedder.NAME, recipe, full, features, deep.net(), deep.neighbours(),
                new Stacker(stack));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (OutputStream o = Files.newOutputStream(tmp)) {
            set.write(o);
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        LearnedThresholds thresholds = LearnedThresholds.from(data);
        List<String> misses = new ArrayList<>();
        try (PrintStream report = new PrintStream(Files.newOutputStream(reportFile), true, StandardCharsets.UTF_8)) {
            report.printf("Salus safety heads: %d training messages, corpus sha256 %s%n%n", examples.size(),
                    corpus.sha256);
            new TreeMap<>(calibrations).forEach((name, c) -> c.print(report, name,
                    thresholds.threshold(name.replace(" (features only)", ""))));
            RecallTargets targets = new RecallTargets(data);
            targets.systemRecalls(calibrations).forEach(report::println);
            misses.addAll(targets.check(calibrations));
            misses.forEach(m -> report.println("TARGET MISSED: " + m));
        }
        System.out.printf(Locale.ROOT, "Trained %d safety heads on %d messages in %.1f s; report %s%n",
                full.size() + features.size(), examples.size(), (System.nanoTime() - t0) / 1e9, reportFile);
        if (!misses.isEmpty() && !Boolean.getBoolean("salus.train.keep-on-miss")) {
            Files.delete(out);
        }
        return misses;
    }

    /**
     * What the heads and their report depend on: the corpus, the policy-set version (the rules count in the recall
     * check), the thresholds and targets, and this trainer's settings.
     */
    private static String recipe(String corpusSha, PolicyData data) {
        StringBuilder s = new StringBuilder(corpusSha).append('|').append(data.version()).append('|').append(TRAINER).append('|').append(DEEP).append("|knn").append(EnsembleFit.NEIGHBOURS)
                .append(',').append(EnsembleFit.SHARPNESS).append("|stack").append(Stacker.WIDTH).append('|').append(FOLDS)
                .append('|').append(Featurizer.BITS).append('|').append(HeadSpec.all().stream().map(HeadSpec::name)
                        .toList());
        new TreeMap<>(data.numbers()).forEach((k, v) -> {
            if (k.startsWith("learned.")) {
                s.append('|').append(k).append('=').append(v);
            }
        });
        return TrainingCorpus.sha256Hex(s.toString());
    }

    private static List<Example> embed(List<Example> examples, EmbeddingCache cache) throws IOException {
        List<String> missing = examples.stream().map(Example::text).filter(t -> cache.get(t) == null).distinct()
                .toList();
        if (!missing.isEmpty()) {
            System.out.printf("Embedding %d training messages (cached after this build) …%n", missing.size());
            BgeQueryEmbedder embedder = new BgeQueryEmbedder();
            int batch = 64;
            for (int from = 0; from < missing.size(); from += batch) {
                List<String> part = missing.subList(from, Math.min(missing.size(), from + batch));
                List<float[]> vectors = embedder.embedAll(part);
                Map<String, float[]> byText = new LinkedHashMap<>();
                for (int i = 0; i < part.size(); i++) {
                    byText.put(part.get(i), Embeddings.unit(vectors.get(i)));
                }
                cache.putAll(byText);
                if ((from / batch) % 20 == 19) {
                    System.out.printf("  %d / %d%n", from + part.size(), missing.size());
                }
            }
        }
        return examples.stream().map(e -> e.withEmbedding(cache.get(e.text()))).toList();
    }

    /** {@code stack}: the stacker's weights for this head, or null for a features-only head. */
    record Fitted(Head head, Calibration calibration, double[] stack) {
    }

    /**
     * Out-of-fold logits (folds keep contrast pairs together), Platt scaling on them, then the head on all data.
     * With {@code deep}, the calibration reported and checked is that of the average of this head and the shared
     * network's head, which is what the app uses.
     */
    static Fitted fit(HeadSpec spec, List<Example> all, boolean withEmbedding, EnsembleFit deep, RuleCatches rules) {
        List<Integer> index = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (spec.includes().test(all.get(i))) {
                index.add(i);
            }
        }
        List<Example> examples = index.stream().map(all::get).toList();
        boolean[] labels = new boolean[examples.size()];
        int[] fold = new int[examples.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = spec.positive().test(examples.get(i));
            fold[i] = EnsembleFit.fold(examples.get(i));
        }
        double[] oof = new double[examples.size()];
        for (int f = 0; f < FOLDS; f++) {
            List<Example> train = new ArrayList<>();
            List<Boolean> trainLabels = new ArrayList<>();
            for (int i = 0; i < labels.length; i++) {
                if (fold[i] != f) {
                    train.add(examples.get(i));
                    trainLabels.add(labels[i]);
                }
            }
            Head h = TRAINER.train(spec.name(), train, toArray(trainLabels), withEmbedding);
            for (int i = 0; i < labels.length; i++) {
                if (fold[i] == f) {
                    oof[i] = h.logit(examples.get(i).features(), examples.get(i).embedding());
                }
            }
        }
        double[] ab = LogisticTrainer.platt(oof, labels);
        Head head = TRAINER.train(spec.name(), examples, labels, withEmbedding);
        double[] probabilities = new double[oof.length];
        double[][] stackInputs = new double[oof.length][];
        for (int i = 0; i < oof.length; i++) {
            probabilities[i] = Head.sigmoid(ab[0] * oof[i] + ab[1]);
            if (deep != null) {
                Example e = examples.get(i);
                stackInputs[i] = deep.stackInputs(spec.name(), index.get(i), probabilities[i],
                        SpanishShare.of(NormalizedText.fold(e.text())), Stacker.longness(e.text().length()));
            }
        }
        double[] stack = null;
        if (deep != null && HeadNames.MAIN.contains(spec.name()) && stackInputs.length > 0
                && stackInputs[0] != null) {
            stack = StackerFit.fit(stackInputs, labels);
            Stacker one = new Stacker(Map.of(spec.name(), stack));
            for (int i = 0; i < oof.length; i++) {
                probabilities[i] = one.probability(spec.name(), stackInputs[i]);
            }
        }
        return new Fitted(new Head(spec.name(), head.dense(), head.sparse(), head.bias(), ab[0], ab[1]),
                new Calibration(examples, labels, probabilities, rules.caught(spec.name(), index)), stack);
    }

    /** {@code epochs,rate,l2}; the default is what the build uses, other values are for experiments. */
    private static LogisticTrainer trainer(String params) {
        String[] p = params.split(",");
        return new LogisticTrainer(Integer.parseInt(p[0]), Double.parseDouble(p[1]), Double.parseDouble(p[2]),
                20261206L, p.length < 4 || Boolean.parseBoolean(p[3]));
    }

    /** {@code width,epochs,rate,l2} of the shared network; the default is what the build uses. */
    private static SharedNetTrainer deep(String params) {
        String[] p = params.split(",");
        return new SharedNetTrainer(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Double.parseDouble(p[2]),
                Double.parseDouble(p[3]), 20261206L);
    }

    private static boolean[] toArray(List<Boolean> list) {
        boolean[] out = new boolean[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i);
        }
        return out;
    }
}
