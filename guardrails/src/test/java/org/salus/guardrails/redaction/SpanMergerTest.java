package org.salus.guardrails.redaction;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SpanMergerTest {

    @Test
    void overlappingSpansBecomeOneWithTheBestRankedType() {
        List<Span> merged = SpanMerger.merge(List.of(
                new SpanMerger.Ranked(new Span(10, 20, "PHONE"), 5),
                new SpanMerger.Ranked(new Span(0, 12, "ADDRESS"), 2),
                new SpanMerger.Ranked(new Span(30, 35, "PERSON"), 7)));
        assertThat(merged).containsExactly(new Span(0, 20, "ADDRESS"), new Span(30, 35, "PERSON"));
    }

    @Test
    void touchingSpansStaySeparate() {
        List<Span> merged = SpanMerger.merge(List.of(
                new SpanMerger.Ranked(new Span(0, 5, "PERSON"), 1),
                new SpanMerger.Ranked(new Span(5, 9, "PERSON"), 1)));
        assertThat(merged).hasSize(2);
    }

    @Test
    void containedSpanIsAbsorbed() {
        List<Span> merged = SpanMerger.merge(List.of(
                new SpanMerger.Ranked(new Span(0, 30, "ADDRESS"), 3),
                new SpanMerger.Ranked(new Span(5, 9, "DATE"), 4)));
        assertThat(merged).containsExactly(new Span(0, 30, "ADDRESS"));
    }
}
