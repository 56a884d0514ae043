package org.salus.guardrails.redaction;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code redact} command of contract section 4: reads {@code {"id","text"}} lines and writes each back with
 * {@code "redacted"} and {@code "spans"} added.
 *
 * <p>A line that is not a JSON object with a string {@code text} is reported on {@code progress} by line number
 * only (never its content) and skipped; every other line is still processed. Blank lines are ignored.
 * Returns 0 when every line was redacted, 1 when some lines were skipped, 2 when the files cannot be used.
 */
public final class RedactionJsonl {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RedactionJsonl() {
    }

    public static int run(Path in, Path out, PrintStream progress) {
        return run(in, out, progress, Redactor.standard());
    }

    /** As {@link #run(Path, Path, PrintStream)}, in the given mode. */
    public static int run(Path in, Path out, PrintStream progress, RedactionMode mode) {
        return run(in, out, progress, Redactor.of(mode));
    }

    static int run(Path in, Path out, PrintStream progress, Redactor redactor) {
        int done = 0;
        int bad = 0;
        try (BufferedReader reader = Files.newBufferedReader(in, StandardCharsets.UTF_8);
             BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            int lineNo = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String problem = process(line, writer, redactor);
                if (problem != null) {
                    bad++;
                    progress.println("redact: line " + lineNo + " skipped: " + problem);
                    continue;
                }
                if (++done % 10_000 == 0) {
                    progress.println("redact: " + done + " lines");
                }
            }
        } catch (IOException e) {
            progress.println("redact: cannot read " + in + " or write " + out + " (" + e.getClass().getSimpleName() + ")");
            return 2;
        }
        progress.println("redact: " + done + " lines redacted, " + bad + " skipped");
        return bad == 0 ? 0 : 1;
    }

    /** Writes the redacted record; returns null, or why the line was skipped. */
    private static String process(String line, BufferedWriter writer, Redactor redactor) throws IOException {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return "not valid JSON";
        }
        if (!(node instanceof ObjectNode record)) {
            return "not a JSON object";
        }
        JsonNode text = record.get("text");
        if (text == null || !text.isTextual()) {
            return "missing string field \"text\"";
        }
        Redaction r = redactor.redact(text.asText());
        record.put("redacted", r.redacted());
        ArrayNode spans = record.putArray("spans");
        for (Span s : r.spans()) {
            spans.addObject().put("start", s.start()).put("end", s.end()).put("type", s.type());
        }
        writer.write(JSON.writeValueAsString(record));
        writer.newLine();
        return null;
    }
}
