package org.salus.assistant.rag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.salus.kb.search.ScoredPassage;

/**
 * Re-ranks candidates by how many of the question's distinctive terms (or their synonyms) each passage covers,
 * keeps the best few (at most two per document), and judges whether they bear on the question at all, so an
 * off-topic question gets "no vetted information" instead of the nearest unrelated passage.
 */
final class RelevantEvidenceAggregator implements EvidenceAggregator {

    private final int maxPassages;
    private final RagProperties.Relevance thresholds;

    RelevantEvidenceAggregator(int maxPassages, RagProperties.Relevance thresholds) {
        this.maxPassages = maxPassages;
        this.thresholds = thresholds;
    }

    @Override
    public Evidence aggregate(Question question, List<ScoredPassage> candidates) {
        Set<String> distinctive = Terms.distinctive(Terms.of(question.text(), question.language()));
        List<Set<String>> expansions = question.expansions().stream()
                .map(e -> Terms.of(e, question.language())).filter(t -> !t.isEmpty()).toList();
        List<Ranked> ranked = new ArrayList<>();
        for (ScoredPassage p : candidates) {
            Set<String> terms = Terms.of(p.passage().title() + " " + p.passage().section() + " " + p.passage().text(),
                    question.language());
            double coverage = coverage(distinctive, expansions, terms);
            ranked.add(new Ranked(p, coverage, p.score() + thresholds.coverageWeight() * coverage));
        }
        ranked.sort(Comparator.comparingDouble(Ranked::rank).reversed());
        List<ScoredPassage> kept = new ArrayList<>();
        Map<String, Integer> perDocument = new HashMap<>();
        for (Ranked r : ranked) {
            if (kept.size() >= maxPassages) {
                break;
            }
            if (perDocument.merge(r.passage().passage().docId(), 1, Integer::sum) <= thresholds.perDocument()) {
                kept.add(r.passage());
            }
        }
        boolean relevant = !ranked.isEmpty() && relevant(question, distinctive, ranked.getFirst());
        return new Evidence(kept, relevant);
    }

    /** Share of distinctive query terms the passage contains; a synonym phrase found in it covers one term. */
    private static double coverage(Set<String> distinctive, List<Set<String>> expansions, Set<String> terms) {
        if (distinctive.isEmpty()) {
            return 0;
        }
        long covered = distinctive.stream().filter(terms::contains).count();
        boolean synonym = expansions.stream().anyMatch(terms::containsAll);
        if (synonym && covered < distinctive.size()) {
            covered++;
        }
        return (double) covered / distinctive.size();
    }

    private boolean relevant(Question question, Set<String> distinctive, Ranked top) {
        if (top.passage().cosine() >= thresholds.closeCosine()) {
            return true;
        }
        if (distinctive.isEmpty()) {
            Set<String> all = new HashSet<>(Terms.of(question.text(), question.language()));
            Set<String> found = Terms.of(top.passage().passage().section() + " " + top.passage().passage().text(),
                    question.language());
            return all.stream().anyMatch(found::contains) && top.passage().cosine() >= thresholds.sharedTermCosine();
        }
        return top.coverage() >= thresholds.minCoverage();
    }

    private record Ranked(ScoredPassage passage, double coverage, double rank) {}
}
