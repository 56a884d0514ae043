package org.salus.assistant.rag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.salus.kb.search.ScoredPassage;

/**
 * Re-ranks candidates by how many of the question's distinctive terms (or their synonyms) each passage covers,
 * keeps the best few (at most two per document), and judges whether they bear on the question at all, so an
 * off-topic question gets "no vetted information" instead of the nearest unrelated passage.
 */
final class RelevantEvidenceAggregator implements EvidenceAggregator {

    /** Added to the rank of a passage whose section answers the kind of question asked. */
    private static final double SECTION_WEIGHT = 0.5;
    /** Plain section names for a kind of answer ("Prevention", "Pronóstico"), besides headings that ask for it. */
    private static final Map<QuestionType, Pattern> SECTION_NAMES = Map.of(
            QuestionType.PROGNOSIS, Pattern.compile("outlook|prognos|pronostico|expectativ"),
            QuestionType.PREVENTION, Pattern.compile("prevent|prevencion"),
            QuestionType.TREATMENT, Pattern.compile("treatment|tratamiento"),
            QuestionType.SYMPTOMS, Pattern.compile("symptom|sintoma"),
            QuestionType.CAUSE, Pattern.compile("cause|causa|risk|riesgo"),
            QuestionType.DOSAGE, Pattern.compile("dos(?:e|age|is)"),
            QuestionType.DIAGNOSIS, Pattern.compile("diagnos"));

    private final int maxPassages;
    private final RagProperties.Relevance thresholds;

    RelevantEvidenceAggregator(int maxPassages, RagProperties.Relevance thresholds) {
        this.maxPassages = maxPassages;
        this.thresholds = thresholds;
    }

    @Override
    public Evidence aggregate(Question question, List<ScoredPassage> candidates) {
        Set<String> distinctive = Terms.distinctive(Terms.of(question.text(), question.language()));
        QuestionType type = QuestionType.of(question.text());
        List<Set<String>> expansions = question.expansions().stream()
                .map(e -> Terms.of(e, question.language())).filter(t -> !t.isEmpty()).toList();
        List<Ranked> ranked = new ArrayList<>();
        for (ScoredPassage p : candidates) {
            Set<String> terms = Terms.of(p.passage().title() + " " + p.passage().section() + " " + p.passage().text(),
                    question.language());
            double coverage = coverage(distinctive, expansions, terms);
            double answers = answersType(type, p) ? SECTION_WEIGHT : 0;
            ranked.add(new Ranked(p, coverage, p.score() + thresholds.coverageWeight() * coverage + answers));
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

    /**
     * Whether the passage's section is the one that answers this kind of question: a heading that asks it ("¿Cuáles
     * son los síntomas de la gota?" for a symptoms question), or the document's lead section for a definition.
     */
    private static boolean answersType(QuestionType type, ScoredPassage p) {
        String section = p.passage().section();
        if (section == null || section.isBlank() || type == QuestionType.GENERAL) {
            return false;
        }
        if (section.strip().equalsIgnoreCase(p.passage().title().strip())) {
            return type == QuestionType.DEFINITION;
        }
        return QuestionType.of(section) == type || SECTION_NAMES.get(type) != null
                && SECTION_NAMES.get(type).matcher(QuestionType.fold(section)).find();
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
