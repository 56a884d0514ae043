package org.salus.guardrails.eval;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.salus.guardrails.redaction.Redactor;
import org.salus.guardrails.redaction.Span;

/**
 * ASQ-PHI's two questions: is each PHI value gone from the redacted query (every word of it covered, joining
 * words such as "in" or "de" and titles such as "Dr." aside), and is a query that carries no PHI left exactly as it was.
 */
record AsqPhiScore(Rate removed, Rate untouched, Map<String, Rate> removedByType) {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Set<String> JOINING = Set.of("in", "at", "of", "the", "and", "de", "del", "la", "el", "y",
            "en", "on", "dr", "dra", "mr", "mrs", "ms", "sr", "sra");

    static AsqPhiScore of(List<RedactionSets.Query> queries, Redactor redactor, PrintStream errors) {
        Rate removed = Rate.empty();
        Rate untouched = Rate.empty();
        Map<String, Rate> byType = new TreeMap<>();
        for (RedactionSets.Query q : queries) {
            List<Span> spans = redactor.redact(q.text()).spans();
            if (q.phi().isEmpty()) {
                untouched = untouched.plus(spans.isEmpty());
                if (!spans.isEmpty() && errors != null) {
                    errors.println("TOUCHED " + spans.getFirst().type() + " ["
                            + q.text().substring(spans.getFirst().start(), spans.getFirst().end()) + "] in: " + q.text());
                }
                continue;
            }
            for (RedactionSets.Phi phi : q.phi()) {
                int at = q.text().indexOf(phi.value());
                if (at < 0) {
                    at = q.text().toLowerCase(Locale.ROOT).indexOf(phi.value().toLowerCase(Locale.ROOT));
                }
                if (at < 0) {
                    continue;
                }
                boolean gone = covered(phi.value(), at, spans);
                removed = removed.plus(gone);
                byType.merge(phi.type(), Rate.empty().plus(gone), Rate::plus);
                if (!gone && errors != null) {
                    errors.println("KEPT " + phi.type() + " [" + phi.value() + "] in: " + q.text());
                }
            }
        }
        return new AsqPhiScore(removed, untouched, byType);
    }

    private static boolean covered(String value, int offset, List<Span> spans) {
        Matcher m = TOKEN.matcher(value);
        while (m.find()) {
            if (JOINING.contains(m.group().toLowerCase(Locale.ROOT))) {
                continue;
            }
            int start = offset + m.start();
            int end = offset + m.end();
            if (spans.stream().noneMatch(s -> s.start() <= start && s.end() >= end)) {
                return false;
            }
        }
        return true;
    }
}
