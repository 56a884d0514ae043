package org.salus.assistant.rag;

import java.util.Set;

/** Term-set overlap used to tell whether two sentences make the same claim (composer, judge and thinking mode). */
public final class TermOverlap {

    private TermOverlap() {
    }

    public static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long common = a.stream().filter(b::contains).count();
        return (double) common / (a.size() + b.size() - common);
    }
}
