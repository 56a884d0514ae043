package org.salus.guardrails.redaction;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds personal identifiers in English and Spanish free text and replaces them with typed placeholders,
 * so that logs and stored records never carry them.
 */
public final class Redactor {

    /** Type used when a detector fails and the whole text is withheld rather than risk a leak. */
    public static final String WITHHELD = "REDACTED";

    private final List<Detector> detectors;

    Redactor(List<Detector> detectors) {
        this.detectors = List.copyOf(detectors);
    }

    /** The English and Spanish detectors with the project's lexicons; built once, shared, thread-safe. */
    public static Redactor standard() {
        return Standard.INSTANCE;
    }

    /** Redacts {@code text}; never throws (null is treated as empty). */
    public Redaction redact(String text) {
        String original = text == null ? "" : text;
        List<Span> spans;
        try {
            spans = find(original);
        } catch (RuntimeException | StackOverflowError e) {
            spans = original.isEmpty() ? List.of() : List.of(new Span(0, original.length(), WITHHELD));
        }
        return new Redaction(original, replace(original, spans), spans);
    }

    /** Convenience for log lines: the redacted text only. */
    public String scrub(String text) {
        return redact(text).redacted();
    }

    private List<Span> find(String text) {
        List<SpanMerger.Ranked> found = new ArrayList<>();
        List<Span> buffer = new ArrayList<>();
        for (int rank = 0; rank < detectors.size(); rank++) {
            buffer.clear();
            detectors.get(rank).detect(text, buffer);
            for (Span s : buffer) {
                found.add(new SpanMerger.Ranked(s, rank));
            }
        }
        return SpanMerger.merge(found);
    }

    static String replace(String text, List<Span> spans) {
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (Span s : spans) {
            out.append(text, at, s.start()).append('[').append(s.type()).append(']');
            at = s.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    private static final class Standard {
        static final Redactor INSTANCE = new Redactor(Detectors.standard(Lexicons.load()));
    }
}
