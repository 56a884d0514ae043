package org.salus.guardrails.eval;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.salus.guardrails.redaction.Span;

/**
 * Span-level scoring with the usual de-identification rule: a gold identifier is found when any redacted span
 * overlaps it by a character (whatever type the redactor gave it), and a redacted span is correct when it
 * overlaps any gold identifier. Spans that overlap only unscored gold (titles, nationalities) are not counted.
 */
final class SpanScore {

    private Rate recall = Rate.empty();
    private Rate precision = Rate.empty();
    private final Map<String, Rate> recallByType = new TreeMap<>();
    private final Map<String, Rate> precisionByType = new TreeMap<>();

    /** Adds one text; misses and false finds go to {@code errors} when it is not null. */
    void add(RedactionSets.Note note, List<Span> predicted, PrintStream errors) {
        for (Span g : note.gold()) {
            if (g.type().equals("UNSCORED")) {
                continue;
            }
            boolean found = predicted.stream().anyMatch(p -> p.overlaps(g));
            recall = recall.plus(found);
            recallByType.merge(g.type(), Rate.empty().plus(found), Rate::plus);
            if (!found && errors != null) {
                errors.println("MISS " + g.type() + " [" + slice(note, g) + "] in " + note.id() + ": " + context(note, g));
            }
        }
        for (Span p : predicted) {
            boolean scored = note.gold().stream().anyMatch(g -> g.overlaps(p) && !g.type().equals("UNSCORED"));
            boolean unscoredOnly = !scored && note.gold().stream().anyMatch(g -> g.overlaps(p));
            if (unscoredOnly) {
                continue;
            }
            precision = precision.plus(scored);
            precisionByType.merge(p.type(), Rate.empty().plus(scored), Rate::plus);
            if (!scored && errors != null) {
                errors.println("FALSE " + p.type() + " [" + slice(note, p) + "] in " + note.id() + ": " + context(note, p));
            }
        }
    }

    Rate recall() {
        return recall;
    }

    Rate precision() {
        return precision;
    }

    Map<String, Rate> recallByType() {
        return recallByType;
    }

    Map<String, Rate> precisionByType() {
        return precisionByType;
    }

    private static String slice(RedactionSets.Note note, Span s) {
        return note.text().substring(s.start(), s.end()).replace('\n', ' ');
    }

    private static String context(RedactionSets.Note note, Span s) {
        int from = Math.max(0, s.start() - 50);
        int to = Math.min(note.text().length(), s.end() + 50);
        return "…" + note.text().substring(from, to).replace('\n', '|') + "…";
    }
}
