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

    /**
     * Number-shaped types dropped inside a clinical figure. Ages are not among them: every age pattern needs an age word
     * ("97 YO", "aged 91"), so "PT IS 97 YO" stays an age although "PT IS 97" reads as a lab value.
     */
    private static final java.util.Set<String> NUMBER_TYPES = java.util.Set.of("PHONE", "DATE", "ID", "ZIP",
            "SSN", "CREDIT_CARD", "IBAN");

    private final List<Detector> detectors;

    Redactor(List<Detector> detectors) {
        this.detectors = List.copyOf(detectors);
    }

    /** The balanced English and Spanish detectors with the project's lexicons; built once, shared, thread-safe. */
    public static Redactor standard() {
        return Standard.BALANCED;
    }

    /** The redactor of {@code mode}; built once, shared, thread-safe. */
    public static Redactor of(RedactionMode mode) {
        return mode == RedactionMode.RECALL_FIRST ? Standard.RECALL_FIRST : Standard.BALANCED;
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
        CaseView view = CaseView.of(text);
        for (int rank = 0; rank < detectors.size(); rank++) {
            buffer.clear();
            detectors.get(rank).detect(view, buffer);
            for (Span s : buffer) {
                found.add(new SpanMerger.Ranked(s, rank));
            }
        }
        if (found.stream().anyMatch(r -> NUMBER_TYPES.contains(r.span().type()))) {
            List<int[]> figures = ClinicalFigures.find(text);
            found.removeIf(r -> NUMBER_TYPES.contains(r.span().type()) && ClinicalFigures.within(r.span(), figures));
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
        static final Lexicons LEXICONS = Lexicons.load();
        static final Redactor BALANCED = new Redactor(Detectors.standard(LEXICONS, RedactionMode.BALANCED));
        static final Redactor RECALL_FIRST = new Redactor(Detectors.standard(LEXICONS, RedactionMode.RECALL_FIRST));
    }
}
