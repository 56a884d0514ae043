package org.salus.guardrails.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.salus.guardrails.redaction.RedactionMode;
import org.salus.guardrails.redaction.Redactor;

/**
 * Measures the redactor where it is used: the project's clinical note sets (development and blind, in both
 * modes), ASQ-PHI's clinician queries (PHI removed, PHI-free queries left alone) and Presidio's synthetic
 * sentences. Each line carries the goal and a floor; a broken floor fails the suite.
 */
public final class RedactionEvaluation {

    static final String NOTES = "salus/guardrails/eval/redaction/";

    /** Floors for a note set, in percent: overall recall and precision, and the same for ICU capitals. */
    record Floors(double recall, double precision, double capsRecall, double capsPrecision) {
    }

    static final Map<String, Floors> NOTE_FLOORS = Map.of(
            "dev", new Floors(94, 92, 94, 92),
            "blind-v1", new Floors(95, 92, 92, 93),
            "blind-v2", new Floors(92, 93, 92, 93),
            "blind-v3", new Floors(89, 90, 89, 87));

    /** Note sets measured by every run (development data). */
    static final List<String> READ_NOTES = List.of("dev", "blind-v1", "blind-v2", "blind-v3");

    /** Frozen blind note sets not yet measured: only {@link #runUnread} reads them, once, after a round of work. */
    static final List<String> UNREAD_NOTES = List.of();

    private final Report report;
    private final PrintStream errors;

    private RedactionEvaluation(PrintStream out, PrintStream errors) {
        this.report = new Report(out);
        this.errors = errors;
    }

    /** Runs every set found; returns 0, 1 when a floor is broken, 2 when the shared data set folder is missing. */
    public static int run(Path evalDir, PrintStream out) {
        return run(evalDir, out, null);
    }

    /** As {@link #run(Path, PrintStream)}, listing every miss and false find on {@code errors} when not null. */
    public static int run(Path evalDir, PrintStream out, PrintStream errors) {
        RedactionEvaluation evaluation = new RedactionEvaluation(out, errors);
        try {
            for (String set : READ_NOTES) {
                evaluation.notes(set);
            }
            boolean shared = Files.isDirectory(evalDir);
            if (shared) {
                evaluation.asqPhi(evalDir.resolve(RedactionSets.ASQ_PHI));
                evaluation.presidio(evalDir.resolve(RedactionSets.PRESIDIO));
            } else {
                out.println("redaction evaluation: " + evalDir + " not found; ASQ-PHI and Presidio sets skipped");
            }
            evaluation.report.finish();
            return !evaluation.report.floorsHeld() ? 1 : shared ? 0 : 2;
        } catch (IOException e) {
            out.println("redaction evaluation: cannot read a data set (" + e.getMessage() + ")");
            return 2;
        }
    }

    /** Measures only the unread blind note sets, with no floors (a first measurement); 0 unless a set is unreadable. */
    public static int runUnread(PrintStream out, PrintStream errors) {
        RedactionEvaluation evaluation = new RedactionEvaluation(out, errors);
        try {
            for (String set : UNREAD_NOTES) {
                evaluation.notes(set);
            }
            evaluation.report.finish();
            return 0;
        } catch (IOException e) {
            out.println("redaction evaluation: cannot read a data set (" + e.getMessage() + ")");
            return 2;
        }
    }

    private void notes(String set) throws IOException {
        List<RedactionSets.Note> notes;
        try (InputStream in = RedactionEvaluation.class.getClassLoader().getResourceAsStream(NOTES + set + ".jsonl")) {
            if (in == null) {
                report.heading("Clinical notes " + set + ": not found on the classpath");
                return;
            }
            notes = RedactionSets.notes(in);
        }
        Floors floors = NOTE_FLOORS.getOrDefault(set, new Floors(0, 0, 0, 0));
        for (RedactionMode mode : RedactionMode.values()) {
            Redactor redactor = Redactor.of(mode);
            report.heading("Clinical notes " + set + " (" + notes.size() + " texts), " + mode.label());
            SpanScore all = score(notes, redactor, mode == RedactionMode.BALANCED ? errors : null);
            SpanScore caps = score(notes.stream().filter(n -> n.style().equals("icu-caps")).toList(), redactor, null);
            boolean balanced = mode == RedactionMode.BALANCED;
            report.atLeast("identifiers found (recall), any overlap", all.recall(), 97, balanced ? floors.recall() : 0,
                    "");
            report.atLeast("redactions that are identifiers (precision)", all.precision(), 85,
                    balanced ? floors.precision() : 0, "");
            report.atLeast("ICU notes in capitals: recall", caps.recall(), 97, balanced ? floors.capsRecall() : 0,
                    "reference de-identifier on real notes R 96.7%");
            report.atLeast("ICU notes in capitals: precision", caps.precision(), 85,
                    balanced ? floors.capsPrecision() : 0, "reference P 74.8%");
            report.breakdown("recall of", all.recallByType());
            report.breakdown("precision of", all.precisionByType());
            Map<String, List<RedactionSets.Note>> byStyle = notes.stream()
                    .collect(Collectors.groupingBy(n -> n.style() + "/" + n.language()));
            for (Map.Entry<String, List<RedactionSets.Note>> e : new java.util.TreeMap<>(byStyle).entrySet()) {
                SpanScore s = score(e.getValue(), redactor, null);
                report.informational("recall, " + e.getKey(), s.recall());
                report.informational("precision, " + e.getKey(), s.precision());
            }
        }
    }

    private static SpanScore score(List<RedactionSets.Note> notes, Redactor redactor, PrintStream errors) {
        SpanScore score = new SpanScore();
        for (RedactionSets.Note n : notes) {
            score.add(n, redactor.redact(n.text()).spans(), errors);
        }
        return score;
    }

    private void asqPhi(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            report.heading("ASQ-PHI: not found at " + file);
            return;
        }
        List<RedactionSets.Query> queries = RedactionSets.asqPhi(file);
        AsqPhiScore score = AsqPhiScore.of(queries, Redactor.standard(), errors);
        report.heading("ASQ-PHI clinician queries (" + queries.size() + "), balanced mode");
        report.atLeast("PHI values removed", score.removed(), 95, 95, "");
        report.atLeast("queries without PHI left untouched", score.untouched(), 90, 91, "");
        report.breakdown("removed,", score.removedByType());
    }

    private void presidio(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            report.heading("Presidio synthetic PII: not found at " + file);
            return;
        }
        List<RedactionSets.Note> notes = RedactionSets.presidio(file);
        Map<RedactionMode, SpanScore> scores = java.util.Arrays.stream(RedactionMode.values())
                .collect(Collectors.toMap(Function.identity(), m -> score(notes, Redactor.of(m), null)));
        report.heading("Presidio synthetic PII (" + notes.size() + " sentences)");
        report.info("published, span level: default Presidio P 68.5% / R 60.3%; customised P 87.0% / R 83.9%");
        SpanScore balanced = scores.get(RedactionMode.BALANCED);
        report.atLeast("recall, balanced", balanced.recall(), 90, 79, "");
        report.atLeast("precision, balanced", balanced.precision(), 85, 97, "");
        report.informational("recall, recall-first", scores.get(RedactionMode.RECALL_FIRST).recall());
        report.informational("precision, recall-first", scores.get(RedactionMode.RECALL_FIRST).precision());
        report.breakdown("recall of", balanced.recallByType());
    }

    /** Command-line entry: {@code RedactionEvaluation [EVAL_DIR] [--errors]}. */
    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "../shared/eval");
        boolean showErrors = List.of(args).contains("--errors");
        if (List.of(args).contains("--unread")) {
            System.exit(runUnread(System.out, showErrors ? System.err : null));
        }
        System.exit(run(dir, System.out, showErrors ? System.err : null));
    }
}
