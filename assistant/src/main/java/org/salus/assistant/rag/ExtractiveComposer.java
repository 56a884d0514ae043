package org.salus.assistant.rag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.salus.kb.search.ScoredPassage;
import org.salus.kb.text.Sentences;

/**
 * The LLM-free composer: picks the sentences of the evidence that best answer the question, drops near
 * repeats, orders them as the sources do, and cites each. Every sentence is verbatim from a vetted passage.
 */
public final class ExtractiveComposer implements AnswerComposer {

    private static final double GENERIC_WEIGHT = 0.35;
    private static final int MIN_WORDS = 4;
    private static final double REDUNDANT = 0.6;

    private final int maxSentences;
    private final int maxWords;

    public ExtractiveComposer(int maxSentences, int maxWords) {
        this.maxSentences = maxSentences;
        this.maxWords = maxWords;
    }

    @Override
    public Draft compose(Question question, Evidence evidence) {
        Set<String> query = new HashSet<>(Terms.of(question.text(), question.language()));
        question.expansions().forEach(e -> query.addAll(Terms.of(e, question.language())));
        List<Candidate> candidates = new ArrayList<>();
        for (int n = 1; n <= evidence.passages().size(); n++) {
            ScoredPassage p = evidence.get(n);
            Set<String> heading = Terms.of(p.passage().section(), question.language());
            double headingMatch = overlap(heading, query);
            List<String> sentences = Sentences.split(p.passage().text(), p.passage().language());
            for (int i = 0; i < sentences.size(); i++) {
                String s = sentences.get(i);
                if (Sentences.words(s) < MIN_WORDS || s.endsWith("?") || s.endsWith(":")) {
                    continue;
                }
                Set<String> terms = Terms.of(s, question.language());
                double score = overlap(terms, query) + 0.5 * headingMatch + 0.6 * p.score() - 0.02 * i
                        - 0.04 * (n - 1);
                candidates.add(new Candidate(s, n, p.ordinal(), i, terms, score));
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
        List<Candidate> chosen = new ArrayList<>();
        int words = 0;
        for (Candidate c : candidates) {
            if (chosen.size() >= maxSentences || (words > 0 && words + Sentences.words(c.text) > maxWords)) {
                continue;
            }
            if (c.score <= 0.3 && !chosen.isEmpty()) {
                break;
            }
            if (chosen.stream().anyMatch(o -> jaccard(o.terms, c.terms) >= REDUNDANT)) {
                continue;
            }
            chosen.add(c);
            words += Sentences.words(c.text);
        }
        chosen.sort(Comparator.comparingInt(Candidate::passage).thenComparingInt(Candidate::position));
        List<AnswerSentence> sentences = chosen.stream()
                .map(c -> new AnswerSentence(c.text, List.of(c.passage))).toList();
        return new Draft(sentences, "extractive", "salus-extractive-1", List.of());
    }

    private static double overlap(Set<String> terms, Set<String> query) {
        double score = 0;
        for (String t : terms) {
            if (query.contains(t)) {
                score += Terms.generic(t) ? GENERIC_WEIGHT : 1.0;
            }
        }
        return score / Math.sqrt(Math.max(4, terms.size()) / 4.0);
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long common = a.stream().filter(b::contains).count();
        return (double) common / (a.size() + b.size() - common);
    }

    private record Candidate(String text, int passage, int ordinal, int position, Set<String> terms, double score) {}
}
