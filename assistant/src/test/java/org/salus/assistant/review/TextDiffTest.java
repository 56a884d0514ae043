package org.salus.assistant.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The line diff a reviewer reads: side by side on the page, unified on the command line. */
class TextDiffTest {

    private static final String BEFORE = "# Measles\nMeasles is caused by a virus.\nIt spreads easily.\nRest and fluids help.\n";
    private static final String AFTER = "# Measles\nMeasles is caused by a virus.\nIt spreads very easily.\nRest and fluids help.\nSee a doctor.\n";

    @Test
    void pairsAChangedLineAndShowsAnAddedOne() {
        assertThat(TextDiff.rows(BEFORE, AFTER)).containsExactly(
                new ReviewViews.Row("same", "# Measles", "# Measles"),
                new ReviewViews.Row("same", "Measles is caused by a virus.", "Measles is caused by a virus."),
                new ReviewViews.Row("changed", "It spreads easily.", "It spreads very easily."),
                new ReviewViews.Row("same", "Rest and fluids help.", "Rest and fluids help."),
                new ReviewViews.Row("added", null, "See a doctor."));
    }

    @Test
    void writesAUnifiedDiffWithContext() {
        assertThat(TextDiff.unified(BEFORE, AFTER, "a", "b", 1)).isEqualTo("""
                --- a
                +++ b
                @@ -2,3 +2,4 @@
                 Measles is caused by a virus.
                -It spreads easily.
                +It spreads very easily.
                 Rest and fluids help.
                +See a doctor.
                """);
    }

    @Test
    void theSameTextHasNoDiff() {
        assertThat(TextDiff.unified(BEFORE, BEFORE, "a", "b", 3)).isEmpty();
        assertThat(TextDiff.rows(BEFORE, BEFORE)).allMatch(r -> r.kind().equals("same"));
    }

    @Test
    void separatesDistantChangesIntoHunks() {
        String before = "a\nb\nc\nd\ne\nf\ng\nh\n";
        String after = "A\nb\nc\nd\ne\nf\ng\nH\n";
        assertThat(TextDiff.unified(before, after, "x", "y", 1)).isEqualTo("""
                --- x
                +++ y
                @@ -1,2 +1,2 @@
                -a
                +A
                 b
                @@ -7,2 +7,2 @@
                 g
                -h
                +H
                """);
    }
}
