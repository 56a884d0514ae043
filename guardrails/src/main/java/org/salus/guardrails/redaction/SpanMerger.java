package org.salus.guardrails.redaction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Merges overlapping findings into disjoint spans; the type of the best-ranked finding wins. */
final class SpanMerger {

    private SpanMerger() {
    }

    record Ranked(Span span, int rank) {
    }

    static List<Span> merge(List<Ranked> found) {
        List<Ranked> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt((Ranked r) -> r.span().start())
                .thenComparingInt(r -> -r.span().end()));
        List<Span> merged = new ArrayList<>();
        int start = -1;
        int end = -1;
        int rank = Integer.MAX_VALUE;
        String type = null;
        for (Ranked r : sorted) {
            Span s = r.span();
            if (s.length() == 0) {
                continue;
            }
            if (type != null && s.start() < end) {
                end = Math.max(end, s.end());
                if (r.rank() < rank) {
                    rank = r.rank();
                    type = s.type();
                }
                continue;
            }
            if (type != null) {
                merged.add(new Span(start, end, type));
            }
            start = s.start();
            end = s.end();
            rank = r.rank();
            type = s.type();
        }
        if (type != null) {
            merged.add(new Span(start, end, type));
        }
        return merged;
    }
}
