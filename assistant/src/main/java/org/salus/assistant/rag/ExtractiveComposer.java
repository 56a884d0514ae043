package org.salus.assistant.rag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.salus.kb.search.ScoredPassage;
import org.salus.kb.text.Sentences;

/**
 * The LLM-free composer. It quotes the best passage in its own order (so the answer reads as its source does),
 * then fills any room with the most relevant sentences of the other passages, skipping near repeats. Every
 * sentence is verbatim from a vetted passage and cited.
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
        if (evidence.passages().isEmpty()) {
            return new Draft(List.of(), "extractive", "salus-extractive-1", List.of());
        }
        Set<String> query = new HashSet<>(Terms.of(question.text(), question.language()));
        question.expansions().forEach(e -> query.addAll(Terms.of(e, question.language())));
        List<Candidate> chosen = new ArrayList<>();
        int[] words = {0};

        List<Candidate> lead = candidates(evidence, 1, query, question.language());
        List<Candidate> leadPick = lead.size() <= maxSentences ? lead
                : lead.stream().sorted(Comparator.comparingDouble(Candidate::score).reversed()).limit(maxSentences).toList();
        for (Candidate c : lead) {
            if (leadPick.contains(c)) {
                add(chosen, c, words);
            }
        }
        List<Candidate> rest = new ArrayList<>();
        for (int n = 2; n <= evidence.passages().size(); n++) {
            rest.addAll(candidates(evidence, n, query, question.language()));
        }
        rest.sort(Comparator.comparingDouble(Candidate::score).reversed());
        Set<String> distinctive = Terms.distinctive(query);
        for (Candidate c : rest) {
            if (c.score() >= 1.0 && c.terms().stream().anyMatch(distinctive::contains)) {
                add(chosen, c, words);
            }
        }
        chosen.sort(Comparator.comparingInt(Candidate::passage).thenComparingInt(Candidate::position));
        List<AnswerSentence> sentences = chosen.stream().map(c -> new AnswerSentence(c.text(), List.of(c.passage()))).toList();
        return new Draft(sentences, "extractive", "salus-extractive-1", List.of());
    }

    private void add(List<Candidate> chosen, Candidate c, int[] words) {
        int n = Sentences.words(c.text());
        if (chosen.size() >= maxSentences || (!chosen.isEmpty() && words[0] + n > maxWords)) {
            return;
        }
        if (chosen.stream().anyMatch(o -> jaccard(o.terms(), c.terms()) >= REDUNDANT)) {
            return;
        }
        chosen.add(c);
        words[0] += n;
    }

    private static List<Candidate> candidates(Evidence evidence, int n, Set<String> query, String language) {
        ScoredPassage p = evidence.get(n);
        List<Candidate> result = new ArrayList<>();
        List<String> sentences = Sentences.split(p.passage().text(), p.passage().language());
        for (int i = 0; i < sentences.size(); i++) {
            String s = sentences.get(i);
            if (Sentences.words(s) < MIN_WORDS || s.endsWith("?") || s.endsWith(":")) {
                continue;
            }
            Set<String> terms = Terms.of(s, language);
            result.add(new Candidate(s, n, i, terms, overlap(terms, query) - 0.01 * i));
        }
        return result;
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

    private record Candidate(String text, int passage, int position, Set<String> terms, double score) {}
}
