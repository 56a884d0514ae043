package org.salus.assistant.modes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.salus.assistant.rag.Evidence;
import org.salus.assistant.rag.Question;
import org.salus.assistant.rag.Terms;
import org.salus.kb.index.Passage;
import org.salus.kb.search.ScoredPassage;
import org.salus.kb.text.Sentences;

/**
 * Reduces each evidence passage to the sentences that bear most on the question (those sharing the most distinctive
 * terms with it or its synonyms, at most three), keeping numbering and provenance, so an LLM prompt is small and every claim stays
 * traceable to its passage.
 */
final class EvidenceCompressor {

    private static final int MAX_SENTENCES = 3;

    private EvidenceCompressor() {
    }

    static Evidence compress(Question question, Evidence evidence) {
        Set<String> wanted = new HashSet<>(Terms.distinctive(Terms.of(question.text(), question.language())));
        question.expansions().forEach(e -> wanted.addAll(Terms.distinctive(Terms.of(e, question.language()))));
        List<ScoredPassage> reduced = new ArrayList<>();
        for (ScoredPassage sp : evidence.passages()) {
            Passage p = sp.passage();
            List<String> sentences = Sentences.split(p.text(), p.language());
            int[] scores = sentences.stream()
                    .mapToInt(x -> (int) Terms.of(x, p.language()).stream().filter(wanted::contains).count()).toArray();
            int best = java.util.Arrays.stream(scores).max().orElse(0);
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < sentences.size() && kept.size() < MAX_SENTENCES; i++) {
                if (scores[i] >= Math.max(1, best)) {
                    kept.add(sentences.get(i));
                }
            }
            if (kept.isEmpty() && !sentences.isEmpty()) {
                kept.add(sentences.getFirst());
            }
            Passage small = new Passage(p.id(), p.docId(), p.title(), p.section(), String.join(" ", kept), p.language(),
                    p.publisher(), p.url(), p.reviewStatus(), p.reviewedOn(), p.updatedOn(), p.version());
            reduced.add(new ScoredPassage(small, sp.ordinal(), sp.score(), sp.lexical(), sp.semantic(), sp.cosine()));
        }
        return new Evidence(reduced, evidence.relevant());
    }

    /** Estimated tokens of the passages and question as a prompt would carry them. */
    static int tokens(String question, List<ScoredPassage> passages) {
        int tokens = TokenEstimate.of(question);
        for (ScoredPassage sp : passages) {
            tokens += TokenEstimate.of(sp.passage().title() + " " + sp.passage().publisher() + " " + sp.passage().text());
        }
        return tokens;
    }
}
