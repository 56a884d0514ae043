package org.salus.guardrails.redaction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores the redactor on Presidio's synthetic PII sentences: span precision, recall and F2 per entity type and
 * overall, printed beside Presidio's published figures.
 *
 * <p>Matching rule: a gold span is found when a predicted span of a compatible type overlaps it by at least one
 * character; a predicted span is correct when it overlaps a gold span of a compatible type. Street address,
 * place and postal code are one compatible family, as are ID and SSN. Gold TITLE and NRP (nationality,
 * religion, politics) are not identifiers Salus redacts and are not scored; predictions that overlap only
 * them are not counted.
 */
public final class RedactionEvaluation {

    static final String DATASET = "presidio-synthetic-pii/synth_dataset_v2.json";
    static final Map<String, String> GOLD_TO_SALUS = Map.ofEntries(
            Map.entry("PERSON", "PERSON"), Map.entry("STREET_ADDRESS", "ADDRESS"), Map.entry("GPE", "LOCATION"),
            Map.entry("ORGANIZATION", "ORGANIZATION"), Map.entry("CREDIT_CARD", "CREDIT_CARD"),
            Map.entry("DATE_TIME", "DATE"), Map.entry("PHONE_NUMBER", "PHONE"), Map.entry("AGE", "AGE"),
            Map.entry("EMAIL_ADDRESS", "EMAIL"), Map.entry("ZIP_CODE", "ZIP"), Map.entry("DOMAIN_NAME", "URL"),
            Map.entry("IBAN_CODE", "IBAN"), Map.entry("US_SSN", "SSN"), Map.entry("IP_ADDRESS", "IP"),
            Map.entry("US_DRIVER_LICENSE", "ID"));
    static final Set<String> UNSCORED = Set.of("TITLE", "NRP");
    static final Set<String> STRUCTURED = Set.of("PHONE", "EMAIL", "ID", "SSN", "DATE", "CREDIT_CARD", "IBAN", "IP");

    private RedactionEvaluation() {
    }

    /** Runs the evaluation; returns 0, or 2 when the data set is missing. */
    public static int run(Path evalDir, PrintStream out) {
        return run(evalDir, out, false);
    }

    static int run(Path evalDir, PrintStream out, boolean showErrors) {
        Path file = evalDir.resolve(DATASET);
        if (!Files.isRegularFile(file)) {
            out.println("redaction evaluation: data set not found at " + file);
            return 2;
        }
        List<Sample> samples;
        try {
            samples = read(file);
        } catch (IOException e) {
            out.println("redaction evaluation: cannot read " + file + " (" + e.getClass().getSimpleName() + ")");
            return 2;
        }
        Redactor redactor = Redactor.standard();
        Score score = new Score();
        long started = System.nanoTime();
        long chars = 0;
        for (Sample s : samples) {
            List<Span> predicted = redactor.redact(s.text()).spans();
            chars += s.text().length();
            score.add(s, predicted, showErrors ? out : null);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        score.print(out, samples.size());
        out.printf(Locale.ROOT, "%d sentences, %d characters in %.2f s (includes warm-up)%n", samples.size(), chars, seconds);
        return 0;
    }

    record Sample(String text, List<Span> gold) {
    }

    static List<Sample> read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        List<Sample> samples = new ArrayList<>();
        for (JsonNode n : root) {
            List<Span> gold = new ArrayList<>();
            for (JsonNode s : n.path("spans")) {
                gold.add(new Span(s.path("start_position").asInt(), s.path("end_position").asInt(),
                        s.path("entity_type").asText()));
            }
            samples.add(new Sample(n.path("full_text").asText(), gold));
        }
        return samples;
    }

    static String family(String salusType) {
        return switch (salusType) {
            case "ADDRESS", "LOCATION", "ZIP" -> "LOCATION";
            case "ID", "SSN" -> "ID";
            default -> salusType;
        };
    }

    /** Counts per type: gold spans, gold spans found, predictions, correct predictions. */
    static final class Score {
        final Map<String, int[]> byType = new TreeMap<>();
        final int[] all = new int[4];
        final int[] anyType = new int[4];
        private final Map<String, String> goldToSalus;

        Score() {
            this(GOLD_TO_SALUS);
        }

        /** Scores gold spans whose types are mapped to Salus types by {@code goldToSalus}. */
        Score(Map<String, String> goldToSalus) {
            this.goldToSalus = goldToSalus;
        }

        void add(Sample s, List<Span> predicted, PrintStream errors) {
            for (Span g : s.gold()) {
                String type = goldToSalus.get(g.type());
                if (type == null) {
                    continue;
                }
                boolean found = predicted.stream().anyMatch(p -> p.overlaps(g) && family(p.type()).equals(family(type)));
                boolean foundAny = predicted.stream().anyMatch(p -> p.overlaps(g));
                count(type, 0, found ? 1 : 0, anyType, foundAny);
                if (!found && errors != null) {
                    errors.println("MISS " + type + " [" + s.text().substring(g.start(), g.end()) + "] in: "
                            + s.text().replace('\n', '|'));
                }
            }
            for (Span p : predicted) {
                boolean ignoredOnly = s.gold().stream().anyMatch(g -> UNSCORED.contains(g.type()) && g.overlaps(p))
                        && s.gold().stream().noneMatch(g -> goldToSalus.containsKey(g.type()) && g.overlaps(p));
                if (ignoredOnly) {
                    continue;
                }
                boolean correct = s.gold().stream().anyMatch(g -> goldToSalus.containsKey(g.type()) && g.overlaps(p)
                        && family(goldToSalus.get(g.type())).equals(family(p.type())));
                boolean correctAny = s.gold().stream().anyMatch(g -> goldToSalus.containsKey(g.type()) && g.overlaps(p));
                count(p.type(), 2, correct ? 1 : 0, anyType, correctAny);
                if (!correct && errors != null) {
                    errors.println("FP " + p.type() + " [" + s.text().substring(p.start(), p.end()) + "] in: "
                            + s.text().replace('\n', '|'));
                }
            }
        }

        private void count(String type, int base, int hit, int[] agnostic, boolean agnosticHit) {
            int[] c = byType.computeIfAbsent(type, t -> new int[4]);
            c[base]++;
            c[base + 1] += hit;
            all[base]++;
            all[base + 1] += hit;
            agnostic[base]++;
            agnostic[base + 1] += agnosticHit ? 1 : 0;
        }

        void print(PrintStream out, int sentences) {
            print(out, "Redaction on Presidio synthetic PII (" + sentences + " sentences), span level, overlap match");
            out.println("Presidio published: default P 0.685 / R 0.603 / F2 0.618; customised P 0.870 / R 0.839 / F2 0.845");
        }

        void print(PrintStream out, String title) {
            out.println(title);
            out.printf(Locale.ROOT, "%-13s %6s %6s %7s %6s %9s %6s%n", "type", "gold", "found", "recall", "pred",
                    "precision", "F2");
            int[] structured = new int[4];
            int[] withoutOrganizations = all.clone();
            for (int k = 0; k < 4; k++) {
                withoutOrganizations[k] -= byType.getOrDefault("ORGANIZATION", new int[4])[k];
            }
            for (Map.Entry<String, int[]> e : byType.entrySet()) {
                line(out, e.getKey(), e.getValue());
                if (STRUCTURED.contains(e.getKey())) {
                    for (int k = 0; k < 4; k++) {
                        structured[k] += e.getValue()[k];
                    }
                }
            }
            line(out, "structured", structured);
            line(out, "OVERALL", all);
            line(out, "excl. ORG", withoutOrganizations);
            line(out, "any-type", anyType);
        }

        double recall(int[] c) {
            return (double) c[1] / c[0];
        }

        double precision(int[] c) {
            return (double) c[3] / c[2];
        }

        private static void line(PrintStream out, String name, int[] c) {
            double r = c[0] == 0 ? Double.NaN : (double) c[1] / c[0];
            double p = c[2] == 0 ? Double.NaN : (double) c[3] / c[2];
            double f2 = 5 * p * r / (4 * p + r);
            out.printf(Locale.ROOT, "%-13s %6d %6d %7.3f %6d %9.3f %6.3f%n", name, c[0], c[1], r, c[2], p, f2);
        }
    }

    /** Command-line entry: {@code RedactionEvaluation [EVAL_DIR] [--errors]}. */
    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "../shared/eval");
        boolean errors = List.of(args).contains("--errors");
        System.exit(run(dir, System.out, errors));
    }
}
