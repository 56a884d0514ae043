package org.salus.assistant.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.salus.guardrails.eval.RedactionEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./salus eval}: runs one of the project's evaluation suites and prints its figures beside published ones. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Run an evaluation suite on the development sets and print its figures.",
                "Suites: safety (refusals, over-refusal, triage urgency, crisis, prompt injection), redaction (span P/R/F2)."})
final class EvalCommand implements Callable<Integer> {

    @Option(names = "--suite", required = true, description = "safety or redaction")
    String suite;

    @Option(names = "--data", defaultValue = "../shared/eval", description = "Evaluation data folder (default: ${DEFAULT-VALUE})")
    Path data;

    @Override
    public Integer call() {
        if (!Files.isDirectory(data)) {
            System.err.println("No evaluation data at " + data + " (pass --data DIR).");
            return 2;
        }
        return switch (suite) {
            case "redaction" -> RedactionEvaluation.run(data, System.out);
            case "safety" -> SafetySuite.run(data);
            default -> {
                System.err.println("Unknown suite '" + suite + "'. Suites: safety, redaction.");
                yield 2;
            }
        };
    }
}
