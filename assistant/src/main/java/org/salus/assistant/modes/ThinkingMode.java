package org.salus.assistant.modes;

import org.salus.assistant.rag.TermOverlap;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.salus.assistant.rag.AnswerSentence;
import org.salus.assistant.rag.Draft;
import org.salus.assistant.rag.Evidence;
import org.salus.assistant.rag.Question;
import org.salus.assistant.rag.RagPipeline;
import org.salus.assistant.rag.Terms;
import org.salus.kb.search.ScoredPassage;

/**
 * Thinking mode: plans sub-questions, retrieves and composes each on its own, writes the answer in sections, and
 * self-checks it (drops sentences that do not bear on their sub-question or repeat an earlier section) and flags
 * the parts the vetted sources do not cover. Once its time budget is spent it calls the LLM no more.
 */
final class ThinkingMode {

    private static final int CANDIDATES = 20;

    private final RagPipeline pipeline;
    private final QuestionPlanner planner;
    private final Duration budget;
    private final PromptEvidence promptEvidence;
    private final RankFusion fusion;
    private final double repeat;

    /** {@code repeat}: the term overlap at which a sentence repeats one of an earlier section and is dropped. */
    ThinkingMode(RagPipeline pipeline, QuestionPlanner planner, Duration budget, PromptEvidence promptEvidence,
                 RankFusion fusion, double repeat) {
        this.pipeline = pipeline;
        this.planner = planner;
        this.budget = budget;
        this.promptEvidence = promptEvidence;
        this.fusion = fusion;
        this.repeat = repeat;
    }

    /**
     * The passages this mode reads for {@code question}, best first: each sub-question's candidates, retrieved as
     * {@link #run} retrieves them, fused by reciprocal rank (one part: that part's candidates in their own order).
     */
    List<ScoredPassage> ranking(Question question) {
        List<String> parts = planner.plan(question.text(), question.language()).subQuestions();
        List<List<ScoredPassage>> lists = new ArrayList<>();
        for (String sub : parts) {
            lists.add(candidates(ask(sub, question, parts.size() > 1)));
        }
        return fusion.reciprocal(lists);
    }

    ModeResult run(Question question, Consumer<AnswerSentence> onSentence) {
        long start = System.nanoTime();
        long deadline = start + budget.toNanos();
        Map<String, Long> timings = new LinkedHashMap<>();
        QuestionPlanner.Plan plan = planner.plan(question.text(), question.language());
        long t = Stopwatch.lap(timings, "thinking.plan", start);
        MergedEvidence merged = new MergedEvidence();
        List<ModeTrace.SubQuestion> subs = new ArrayList<>();
        List<Set<String>> written = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> uncovered = new ArrayList<>();
        List<AnswerSentence> answer = new ArrayList<>();
        int compressed = 0;
        int naive = 0;
        boolean exceeded = false;
        String provider = "extractive";
        String model = "salus-extractive-1";
        boolean sections = plan.subQuestions().size() > 1;
        Set<String> shared = sharedTerms(plan.subQuestions(), question.language());
        for (String sub : plan.subQuestions()) {
            if (System.nanoTime() > deadline) {
                exceeded = true;
                subs.add(new ModeTrace.SubQuestion(sub, "not examined (time budget)", 0, 0));
                continue;
            }
            Question sq = ask(sub, question, sections);
            t = Stopwatch.lap(timings, "thinking.transform", t);
            var candidates = candidates(sq);
            Evidence relevant = pipeline.aggregate(sq, candidates);
            t = Stopwatch.lap(timings, "thinking.retrieve", t);
            if (!relevant.relevant()) {
                uncovered.add(sub);
                subs.add(new ModeTrace.SubQuestion(sub, "not covered by the vetted sources", 0, 0));
                continue;
            }
            PromptEvidence.Shown shown = promptEvidence.show(sq, relevant, candidates);
            Evidence evidence = shown.evidence();
            compressed += shown.tokens().compressed();
            naive += shown.tokens().naiveTop5();
            boolean late = System.nanoTime() > deadline;
            exceeded |= late;
            Draft draft = late ? pipeline.composeWithoutLlm(sq, evidence) : pipeline.compose(sq, evidence, shown.prompt());
            if (!"extractive".equals(draft.provider())) {
                provider = draft.provider();
                model = draft.model();
            }
            notes.addAll(draft.notes());
            t = Stopwatch.lap(timings, "thinking.compose", t);
            SelfCheck check = selfCheck(sq, shared, evidence, draft, written, repeat);
            List<AnswerSentence> kept = check.kept();
            int removed = draft.sentences().size() - kept.size();
            t = Stopwatch.lap(timings, "thinking.self-check", t);
            if (kept.isEmpty() && check.repeats() > 0) {
                subs.add(new ModeTrace.SubQuestion(sub, "answered in an earlier section", 0, removed));
                continue;
            }
            if (kept.isEmpty()) {
                uncovered.add(sub);
                subs.add(new ModeTrace.SubQuestion(sub, "not covered by the vetted sources", 0, removed));
                continue;
            }
            for (int i = 0; i < kept.size(); i++) {
                String heading = sections && i == 0 ? (subs.isEmpty() ? "" : "\n\n") + sub + "\n" : "";
                AnswerSentence sentence = merged.renumber(kept.get(i), evidence, heading);
                answer.add(sentence);
                onSentence.accept(sentence);
            }
            subs.add(new ModeTrace.SubQuestion(sub, "answered", kept.size(), removed));
        }
        if (!uncovered.isEmpty() && uncovered.size() < plan.subQuestions().size()) {
            notes.add("the vetted sources do not cover: " + String.join("; ", uncovered));
        }
        if (exceeded) {
            notes.add("the thinking time budget ran out; this is the best supported answer so far");
        }
        Evidence evidence = merged.evidence();
        timings.put("thinking", Stopwatch.ms(start));
        List<String> steps = List.of("planned by " + plan.planner(), "self-check removed unsupported or off-topic sentences");
        ModeTrace trace = new ModeTrace("thinking", subs, List.of(), new ModeTrace.PromptTokens(compressed, naive),
                exceeded, steps);
        Draft draft = new Draft(answer, provider, model, notes);
        return new ModeResult(new RagPipeline.Answer(question, evidence, draft, evidence.relevant(), timings), trace);
    }

    /** A sub-question as its own question (embedded, with its synonyms); a one-part question stays as asked. */
    private Question ask(String sub, Question question, boolean sections) {
        return sections ? pipeline.transform(sub, question.language()) : question;
    }

    private List<ScoredPassage> candidates(Question question) {
        return pipeline.retrieve(question, CANDIDATES);
    }

    /**
     * Keeps sentences that bear on their sub-question and do not repeat an earlier section. A sentence bears on it when
     * it names the part's own aspect (when the parts share a subject: its other topic words or their synonyms, such as "pregnancy"),
     * or, failing such words, when it or its cited passage's title shares a topic word with the part.
     */
    private static SelfCheck selfCheck(Question sq, Set<String> shared, Evidence evidence, Draft draft,
                                       List<Set<String>> written, double repeatThreshold) {
        Set<String> topic = new HashSet<>(Terms.distinctive(Terms.of(sq.text(), sq.language())));
        Set<String> aspect = new HashSet<>();
        sq.expansions().forEach(e -> topic.addAll(Terms.of(e, sq.language())));
        if (!shared.isEmpty()) {
            aspect.addAll(topic);
            aspect.removeAll(shared);
        }
        List<AnswerSentence> kept = new ArrayList<>();
        int repeats = 0;
        for (AnswerSentence s : draft.sentences()) {
            Set<String> terms = Terms.of(s.text(), sq.language());
            StringBuilder titles = new StringBuilder();
            s.citations().forEach(n -> titles.append(evidence.get(n).passage().title()).append(' '));
            Set<String> context = new HashSet<>(terms);
            context.addAll(Terms.of(titles.toString(), sq.language()));
            boolean onTopic = !aspect.isEmpty() ? terms.stream().anyMatch(aspect::contains)
                    : topic.isEmpty() || context.stream().anyMatch(topic::contains);
            boolean repeat = written.stream().anyMatch(w -> TermOverlap.jaccard(w, terms) >= repeatThreshold);
            if (onTopic && repeat) {
                repeats++;
            } else if (onTopic) {
                kept.add(s);
                written.add(terms);
            }
        }
        return new SelfCheck(kept, repeats);
    }

    /** Topic words every sub-question shares (the subject), when there are several. */
    private static Set<String> sharedTerms(List<String> subQuestions, String language) {
        if (subQuestions.size() < 2) {
            return Set.of();
        }
        Set<String> shared = new HashSet<>(Terms.distinctive(Terms.of(subQuestions.getFirst(), language)));
        subQuestions.forEach(q -> shared.retainAll(Terms.of(q, language)));
        return shared;
    }

    private record SelfCheck(List<AnswerSentence> kept, int repeats) {}
}
