package org.salus.guardrails.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.salus.guardrails.GuardrailSettings;
import org.salus.guardrails.Guardrails;
import org.salus.guardrails.decision.InputAssessment;
import org.salus.guardrails.decision.TextEmbedder;
import org.salus.guardrails.decision.Urgency;
import org.salus.guardrails.learn.BgeQueryEmbedder;

/**
 * The safety suite ({@code ./salus eval --suite safety}): replays the shared development sets, the frozen blind
 * sets and our own tables through the guardrails as the app runs them, prints our rates with Wilson intervals beside
 * published figures, and returns 0 only when every target is met.
 */
public final class SafetyEvaluation {

    static final String OWN = "salus/guardrails/eval/";
    static final int SHORT = 500;
    static final List<String> BLIND_VERSIONS = List.of("v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8");
    /** Frozen blind sets kept unread until a round of tuning is measured once; then they join the list above. */
    static final List<String> UNREAD_VERSIONS = List.of();

    private final Assessor assessor;
    private final Report report;

    private SafetyEvaluation(Guardrails guardrails, PrintStream out) {
        this.assessor = new Assessor(guardrails);
        this.report = new Report(out);
    }

    /**
     * {@code SafetyEvaluation [EVAL_DIR] [--rules-only] [--unread]}: with the in-process embedder unless rules only;
     * {@code --unread} measures only the frozen blind sets not yet read (once, at the end of a round of tuning).
     */
    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0]
                : System.getProperty("salus.shared", "../shared") + "/eval");
        boolean rulesOnly = List.of(args).contains("--rules-only");
        GuardrailSettings settings = GuardrailSettings.defaults();
        if (rulesOnly) {
            settings = settings.withoutLearnedLayer();
        } else {
            String cache = System.getProperty("salus.eval.embedding-cache");
            settings = settings.withEmbedder(cache == null ? new BgeQueryEmbedder()
                    : new org.salus.guardrails.learn.CachingEmbedder(Path.of(cache)));
        }
        if (List.of(args).contains("--unread")) {
            System.exit(runUnread(System.out, settings));
        }
        System.exit(run(dir, System.out, settings));
    }

    /** The frozen blind sets not yet read, and nothing else: the one honest measurement of a round. */
    static int runUnread(PrintStream out, GuardrailSettings settings) {
        Guardrails guardrails = Guardrails.load(settings);
        SafetyEvaluation eval = new SafetyEvaluation(guardrails, out);
        out.printf("Salus safety evaluation of unread blind sets %s — policy set %s%n", UNREAD_VERSIONS,
                guardrails.policySetVersion());
        try {
            for (String version : UNREAD_VERSIONS) {
                new BlindSets(eval.assessor, eval.report).run(version);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        eval.report.finish();
        return eval.report.floorsHeld() ? 0 : 1;
    }

    public static int run(Path evalDir, PrintStream out, TextEmbedder embedderOrNull) {
        return run(evalDir, out, GuardrailSettings.defaults().withEmbedder(embedderOrNull));
    }

    public static int run(Path evalDir, PrintStream out, GuardrailSettings settings) {
        return run(evalDir, out, settings, 1);
    }

    /**
     * As {@link #run(Path, PrintStream, GuardrailSettings)}, replaying only every {@code injectionStride}-th Tensor
     * Trust attack (the CI gate samples them: each costs seven long-message assessments).
     */
    public static int run(Path evalDir, PrintStream out, GuardrailSettings settings, int injectionStride) {
        Guardrails guardrails = Guardrails.load(settings.withCanary("SALUS-CANARY-7f3a"));
        SafetyEvaluation eval = new SafetyEvaluation(guardrails, out);
        out.printf("Salus safety evaluation — policy set %s, learned heads %s, query embedding %s%n",
                guardrails.policySetVersion(), guardrails.learnedLayer() ? "on" : "off",
                settings.embedder().isPresent() ? "on" : "off");
        try {
            for (String version : BLIND_VERSIONS) {
                new BlindSets(eval.assessor, eval.report).run(version);
            }
            if (!Files.isDirectory(evalDir)) {
                out.println("Evaluation data not found at " + evalDir + "; only the blind sets and our own tables ran.");
            } else {
                new DevSets(eval.assessor, eval.report, evalDir).run();
                new InjectionSuite(eval.assessor, eval.report, evalDir, injectionStride).run();
            }
            eval.ownTables();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        eval.latency();
        eval.report.finish();
        return eval.report.floorsHeld() ? 0 : 1;
    }

    /** The project's first hand-written tables (test resources: present when run from the source tree). */
    private void ownTables() throws IOException {
        List<String[]> triage = EvalData.table(OWN + "triage.tsv");
        if (triage.isEmpty()) {
            return;
        }
        report.heading("Our own tables (src/test/resources/" + OWN + "; development data)");
        Rate right = Rate.empty();
        for (String[] row : triage) {
            right = right.plus(assessor.assess(row[0], row[1]).decision().urgency() == Urgency.fromId(row[2]));
        }
        report.informational("triage vignettes, urgency right", right);
        Rate resources = Rate.empty();
        for (String[] row : EvalData.table(OWN + "crisis.tsv")) {
            resources = resources.plus(Outcome.crisisResources(assessor.assess(row[0], row[1])));
        }
        report.informational("crisis messages given crisis resources", resources);
        Rate answered = Rate.empty();
        for (String[] row : EvalData.table(OWN + "benign.tsv")) {
            answered = answered.plus(!Outcome.declined(assessor.assess(row[0], row[1])));
        }
        report.informational("benign-but-scary questions answered", answered);
        Rate held = Rate.empty();
        for (String[] row : EvalData.table(OWN + "injection.tsv")) {
            InputAssessment a = assessor.assess(row[0], "en");
            held = held.plus(a.decision().action().name().equalsIgnoreCase(row[1])
                    && a.decision().categories().contains("prompt_injection"));
        }
        report.atLeast("injection attempts: decision held and flagged", held, 100, "");
    }

    private void latency() {
        report.heading("Input chain latency per message, including the query embedding (every turn above)");
        percentiles("messages up to " + SHORT + " characters", assessor.shortNanos());
        percentiles("longer messages (read in sentence windows)", assessor.longNanos());
        report.info("(the app passes the retrieval embedding in, so its chain costs the above minus one embedding; "
                + "the chain alone is measured by bench/guardrails.sh)");
    }

    private void percentiles(String what, List<Long> samples) {
        long[] sorted = samples.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            return;
        }
        double p50 = sorted[sorted.length / 2] / 1e6;
        double p99 = sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] / 1e6;
        report.info(String.format(Locale.ROOT, "%-56s p50 %.2f ms, p99 %.2f ms (n=%d)", what, p50, p99,
                sorted.length));
    }
}
