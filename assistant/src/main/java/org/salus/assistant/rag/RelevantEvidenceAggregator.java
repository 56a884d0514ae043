package org.salus.assistant.rag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.salus.kb.search.ScoredPassage;

/**
 * Keeps the best few passages (at most two per document) and judges relevance by whether the question's
 * distinctive terms, or their synonyms, occur in them, or the embedding match is very close; so an off-topic
 * question gets "no vetted information" instead of the nearest unrelated passage.
 */
final class RelevantEvidenceAggregator implements EvidenceAggregator {

    private static final int PER_DOCUMENT = 2;
    private static final double CLOSE_COSINE = 0.80;
    private static final double MIN_COVERAGE = 0.5;

    private final int maxPassages;

    RelevantEvidenceAggregator(int maxPassages) {
        this.maxPassages = maxPassages;
    }

    @Override
    public Evidence aggregate(Question question, List<ScoredPassage> candidates) {
        List<ScoredPassage> kept = new ArrayList<>();
        Map<String, Integer> perDocument = new HashMap<>();
        for (ScoredPassage p : candidates) {
            if (kept.size() >= maxPassages) {
                break;
            }
            if (perDocument.merge(p.passage().docId(), 1, Integer::sum) <= PER_DOCUMENT) {
                kept.add(p);
            }
        }
        return new Evidence(kept, !kept.isEmpty() && relevant(question, kept));
    }

    private static boolean relevant(Question question, List<ScoredPassage> kept) {
        if (kept.getFirst().cosine() >= CLOSE_COSINE) {
            return true;
        }
        Set<String> distinctive = Terms.distinctive(Terms.of(question.text(), question.language()));
        Set<String> found = new java.util.HashSet<>();
        for (ScoredPassage p : kept.subList(0, Math.min(3, kept.size()))) {
            found.addAll(Terms.of(p.passage().title() + " " + p.passage().section() + " " + p.passage().text(),
                    question.language()));
        }
        if (distinctive.isEmpty()) {
            Set<String> all = Terms.of(question.text(), question.language());
            return all.stream().anyMatch(found::contains) && kept.getFirst().cosine() >= 0.6;
        }
        boolean expansionFound = question.expansions().stream()
                .map(e -> Terms.of(e, question.language()))
                .anyMatch(t -> !t.isEmpty() && found.containsAll(t));
        long covered = distinctive.stream().filter(found::contains).count();
        double coverage = (double) covered / distinctive.size();
        return coverage >= MIN_COVERAGE || (expansionFound && covered + 1 >= Math.ceil(distinctive.size() * MIN_COVERAGE));
    }
}
