package org.salus.assistant.rag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.salus.kb.search.ScoredPassage;

/**
 * The LLM-free composer: a short reply to the question asked. It reads what kind of answer the question wants
 * ({@link QuestionType}), leads with the sentence of the evidence that gives that answer about the question's focus,
 * then adds the next most relevant sentences in reading order, each with the sentence it leans on (a list keeps its
 * lead-in, "This can…" keeps the sentence before it). Every sentence is taken from one vetted passage and cites it.
 */
public final class ExtractiveComposer implements AnswerComposer {

    private static final double GENERIC_WEIGHT = 0.35;
    private static final double ANSWER_WEIGHT = 1.5;
    private static final double ON_TOPIC_WEIGHT = 0.5;
    private static final double MIN_FILL_SCORE = 0.5;
    /** Taken off per place a passage stands below the first: the aggregator's ranking already weighed the focus. */
    private static final double RANK_WEIGHT = 0.1;
    /**
     * Added, when filling after the lead, to a sentence of the lead's document, and again to one of the few that
     * follow the lead: they go on with the answer, where the best-scoring sentence of another document drifts to
     * another topic ("What is Alzheimer's disease?" reaching Lewy body disease because both say "disease").
     */
    private static final double SAME_DOCUMENT = 1.0;
    private static final double READS_ON = 1.0;

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
        QuestionType type = QuestionType.of(question.text());
        Set<String> query = new HashSet<>(Terms.of(question.text(), question.language()));
        question.expansions().forEach(e -> query.addAll(Terms.of(e, question.language())));
        Set<String> focus = Terms.distinctive(Terms.of(question.text(), question.language()));
        List<Set<String>> synonyms = question.expansions().stream()
                .map(e -> Terms.of(e, question.language())).filter(t -> !t.isEmpty()).toList();
        Set<Integer> covering = bestCovering(evidence, focus, synonyms, question.language());
        Map<Integer, List<SentenceCandidate>> byPassage = new LinkedHashMap<>();
        List<SentenceCandidate> all = new ArrayList<>();
        for (int n = 1; n <= evidence.passages().size(); n++) {
            List<SentenceCandidate> candidates = candidates(evidence.get(n), n, type, query, focus, synonyms,
                    question.language());
            byPassage.put(n, candidates);
            if (covering.contains(n)) {
                all.addAll(candidates);
            }
        }
        if (all.isEmpty()) {
            return new Draft(List.of(), "extractive", "salus-extractive-1", List.of());
        }
        // no sentence about the question's focus: say nothing rather than something beside the point
        SentenceCandidate lead = all.stream().filter(SentenceCandidate::onTopic)
                .max(Comparator.comparingDouble((SentenceCandidate c) -> c.titled() ? 1 : 0)
                        .thenComparingDouble(c -> c.answers() ? 1 : 0).thenComparingDouble(SentenceCandidate::score))
                .orElse(null);
        if (lead == null) {
            return new Draft(List.of(), "extractive", "salus-extractive-1", List.of());
        }
        AnswerSelection selection = new AnswerSelection(byPassage, maxSentences, maxWords);
        selection.add(lead, true);
        String leadTitle = lead.title();
        all.stream().filter(c -> c.onTopic() && (c.score() >= MIN_FILL_SCORE || follows(lead, c)))
                .sorted(Comparator.comparingDouble((SentenceCandidate c) -> c.score()
                                + (c.title().equals(leadTitle) ? SAME_DOCUMENT : 0)
                                + (follows(lead, c) ? READS_ON : 0)).reversed())
                .forEach(c -> selection.add(c, false));
        List<AnswerSentence> sentences = selection.inReadingOrder().stream()
                .map(c -> new AnswerSentence(c.text(), List.of(c.passage()))).toList();
        return new Draft(sentences, "extractive", "salus-extractive-1", List.of());
    }

    private static List<SentenceCandidate> candidates(ScoredPassage p, int n, QuestionType type, Set<String> query,
                                              Set<String> focus, List<Set<String>> synonyms, String language) {
        String title = p.passage().title();
        Set<String> heading = Terms.of(title + " " + p.passage().section(), language);
        boolean titled = focus.isEmpty() || focus.stream().anyMatch(heading::contains)
                || synonyms.stream().anyMatch(heading::containsAll);
        List<SentenceCandidate> result = new ArrayList<>();
        for (ReadableSentences.Readable r : ReadableSentences.of(p.passage().text(), p.passage().language())) {
            Set<String> terms = Terms.of(r.text(), language);
            boolean onTopic = titled || focus.stream().anyMatch(terms::contains)
                    || synonyms.stream().anyMatch(terms::containsAll);
            boolean answers = type == QuestionType.DEFINITION ? defines(r.own(), title, focus, language)
                    : type.answeredBy(r.own());
            double score = overlap(terms, query)
                    + (answers ? ANSWER_WEIGHT : 0)
                    + (titled ? ON_TOPIC_WEIGHT : 0)
                    - positionWeight(type) * r.position() - rankWeight(type) * (n - 1);
            result.add(new SentenceCandidate(r.text(), n, r.position(), r.pointsBack(), terms, title, titled, onTopic, answers,
                    score));
        }
        return result;
    }

    /** Whether {@code c} comes within a few sentences after {@code lead} in the same passage (it reads on from it). */
    private static boolean follows(SentenceCandidate lead, SentenceCandidate c) {
        return c.passage() == lead.passage() && c.position() > lead.position() && c.position() <= lead.position() + 3;
    }

    /**
     * "Gout is a…", "A stroke happens when…": the sentence says what its subject is, and its subject names most of
     * the question's focus and nothing else but the title (the title when there is no focus). "Lupus is also more
     * common in…", "Heart disease is a problem for others" (for a heart attack), "Lewy body disease is…" (for
     * Parkinson's disease) and "Discoid lupus causes…" (for lupus) do not.
     */
    private static boolean defines(String sentence, String title, Set<String> focus, String language) {
        Matcher m = DEFINING.matcher(sentence);
        if (!m.find()) {
            return false;
        }
        Set<String> named = Terms.of(m.group(1), language);
        long covered = focus.stream().filter(named::contains).count();
        Set<String> known = new HashSet<>(focus);
        known.addAll(Terms.of(title, language));
        boolean nothingElse = named.stream().allMatch(t -> known.contains(t) || Terms.generic(t));
        return focus.isEmpty() ? Terms.of(title, language).equals(named) : 2 * covered > focus.size() && nothingElse;
    }

    /**
     * "[The] subject is a/an/the/one/when…", "subject refers to/happens when/occurs/makes/causes…" (English and
     * Spanish): "Osteoporosis makes your bones weak" defines as well as "Osteoporosis is a silent disease".
     */
    private static final Pattern DEFINING = Pattern.compile("^(?:A |An |The |El |La |Los |Las |Un |Una )?"
            + "([^,;:]{1,60}?) (?:(?:is|are) (?:a|an|the|one|any|when|what|how|caused|inflammation|swelling|damage)\\b"
            + "|refers? to|happens|occurs|makes|causes|affects|damages|(?:es|son) (?:un|una|el|la|los|las|cuando)\\b|ocurre"
            + "|provoca|causa|afecta|daña)");

    /**
     * The passages that cover the most of the question's focus (its distinctive terms, a synonym phrase counting as
     * one), so an answer about gallbladder cancer does not wander into colorectal cancer because both say "cancer".
     */
    private static Set<Integer> bestCovering(Evidence evidence, Set<String> focus, List<Set<String>> synonyms,
                                             String language) {
        Map<Integer, Double> coverage = new LinkedHashMap<>();
        for (int n = 1; n <= evidence.passages().size(); n++) {
            var p = evidence.get(n).passage();
            Set<String> terms = Terms.of(p.title() + " " + p.section() + " " + p.text(), language);
            long covered = focus.stream().filter(terms::contains).count();
            if (covered < focus.size() && synonyms.stream().anyMatch(terms::containsAll)) {
                covered++;
            }
            coverage.put(n, focus.isEmpty() ? 1.0 : (double) covered / focus.size());
        }
        double best = coverage.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        Set<Integer> result = new HashSet<>();
        coverage.forEach((n, c) -> {
            if (c >= best - 1e-9) {
                result.add(n);
            }
        });
        return result;
    }

    /**
     * How much a sentence of a lower-ranked passage is held back: more when the question asks what something is,
     * since the aggregator's first passage is then the topic itself and its neighbours merely share a word.
     */
    private static double rankWeight(QuestionType type) {
        return type == QuestionType.DEFINITION || type == QuestionType.GENERAL ? 3 * RANK_WEIGHT : RANK_WEIGHT;
    }

    /** How much an early sentence is preferred: strongly when the question asks what something is (sources open so). */
    private static double positionWeight(QuestionType type) {
        return type == QuestionType.DEFINITION || type == QuestionType.GENERAL ? 0.15 : 0.02;
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
}
