package org.salus.assistant.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.salus.guardrails.redaction.RedactionJsonl;
import org.salus.guardrails.redaction.RedactionMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./salus redact}: replaces personal identifiers in JSONL text records with typed placeholders. */
@Command(name = "redact", mixinStandardHelpOptions = true,
        description = {"Redact personal identifiers from {\"id\",\"text\"} JSON lines.",
                "Each output line adds \"redacted\" and \"spans\" [{start,end,type}] (offsets into text, end exclusive).",
                "A malformed line is reported with its line number on stderr and skipped; the rest is processed."})
final class RedactCommand implements Callable<Integer> {

    @Option(names = "--in", required = true, description = "Input JSONL file")
    Path in;

    @Option(names = "--out", required = true, description = "Output JSONL file")
    Path out;

    @Option(names = "--mode", defaultValue = "balanced", paramLabel = "balanced|recall-first",
            description = "balanced (default): what HIPAA Safe Harbor lists, clinical words and figures kept; "
                    + "recall-first: also every age, year and weekday, and names that are also ordinary words")
    String mode;

    @Override
    public Integer call() {
        RedactionMode chosen = RedactionMode.byLabel(mode);
        if (chosen == null) {
            System.err.println("Unknown --mode '" + mode + "': use balanced or recall-first");
            return 2;
        }
        if (!Files.isRegularFile(in)) {
            System.err.println("No such input file: " + in);
            return 2;
        }
        return RedactionJsonl.run(in, out, System.err, chosen);
    }
}
