package org.salus.assistant.rag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.salus.kb.text.Sentences;

/**
 * The sentences an extractive answer has chosen so far, each with the sentences it leans on, within a word and
 * sentence budget; read out as the lead's chain first, then every other chain in the order of the sources.
 */
final class AnswerSelection {

    private static final double REDUNDANT = 0.6;

    private final Map<Integer, List<SentenceCandidate>> byPassage;
    private final int maxSentences;
    private final int maxWords;
    private final List<SentenceCandidate> lead = new ArrayList<>();
    private final List<SentenceCandidate> rest = new ArrayList<>();
    private int words;

    AnswerSelection(Map<Integer, List<SentenceCandidate>> byPassage, int maxSentences, int maxWords) {
        this.byPassage = byPassage;
        this.maxSentences = maxSentences;
        this.maxWords = maxWords;
    }

    /** Adds {@code c} with what it leans on, unless it repeats a chosen sentence or (after the first) overflows. */
    void add(SentenceCandidate c, boolean first) {
        List<SentenceCandidate> chain = chain(c);
        if (chain.size() == 2 && !lead.contains(chain.getFirst()) && !rest.contains(chain.getFirst())) {
            var named = ReadableSentences.namingTitle(c.text(), chain.getFirst().text(), c.title());
            if (named.isPresent()) {
                chain = List.of(c.named(named.get()));
            }
        }
        List<SentenceCandidate> fresh = chain.stream().filter(x -> !lead.contains(x) && !rest.contains(x)).toList();
        if (fresh.isEmpty() || !first && fresh.stream().anyMatch(this::repeats)) {
            return;
        }
        int n = fresh.stream().mapToInt(x -> Sentences.words(x.text())).sum();
        if (!first && (words + n > maxWords || lead.size() + rest.size() + fresh.size() > maxSentences)) {
            return;
        }
        (first ? lead : rest).addAll(fresh);
        words += n;
    }

    /** The candidate and, back to the first that stands alone, the sentences it leans on. */
    private List<SentenceCandidate> chain(SentenceCandidate c) {
        List<SentenceCandidate> passage = byPassage.get(c.passage());
        int from = c.position();
        while (from > 0 && passage.get(from).pointsBack()) {
            from--;
        }
        return passage.subList(from, c.position() + 1);
    }

    private boolean repeats(SentenceCandidate c) {
        return lead.stream().anyMatch(o -> TermOverlap.jaccard(o.terms(), c.terms()) >= REDUNDANT)
                || rest.stream().anyMatch(o -> TermOverlap.jaccard(o.terms(), c.terms()) >= REDUNDANT);
    }

    /** The lead's chain, what continues it in its passage, then the other chains in the order of the sources. */
    List<SentenceCandidate> inReadingOrder() {
        List<SentenceCandidate> ordered = new ArrayList<>(lead);
        List<SentenceCandidate> others = new ArrayList<>(rest);
        others.sort(Comparator.comparingInt(SentenceCandidate::passage).thenComparingInt(SentenceCandidate::position));
        for (boolean grew = true; grew; ) {
            grew = false;
            SentenceCandidate last = ordered.getLast();
            for (SentenceCandidate c : others) {
                if (c.pointsBack() && c.passage() == last.passage() && c.position() == last.position() + 1) {
                    ordered.add(c);
                    others.remove(c);
                    grew = true;
                    break;
                }
            }
        }
        ordered.addAll(others);
        return ordered;
    }
}
