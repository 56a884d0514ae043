package org.salus.assistant.modes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.salus.assistant.rag.AnswerSentence;
import org.salus.assistant.rag.Draft;
import org.salus.assistant.rag.Evidence;
import org.salus.assistant.rag.Question;
import org.salus.assistant.rag.RagPipeline;
import org.salus.kb.search.ScoredPassage;
import org.salus.kb.text.Sentences;

/**
 * One Contemplating agent: a retrieval strategy (how lexical and semantic scores are weighed, whether synonyms and
 * lay terms are added) and, for the reviewer, a plain-language and safety filter on its own draft.
 */
interface Agent {

    String name();

    String strategy();

    /**
     * The candidate passages the agent reads, best first by its own strategy; {@code retrieval} is this turn's search,
     * shared with the other agents.
     */
    List<ScoredPassage> rank(Question question, SharedRetrieval retrieval);

    /**
     * Does the agent's work on the candidates {@link #rank} gives; the LLM is called only while {@code budget} pays
     * for it, else the draft is written without it.
     */
    Work work(Question question, SharedRetrieval retrieval, Budget budget);

    /** What an agent produced: its evidence, verified draft, and the prompt tokens its evidence costs. */
    record Work(Evidence evidence, Draft draft, ModeTrace.PromptTokens tokens) {}

    /** The standard agents: lexical-heavy, semantic, synonym/lay-term expansion, plain-language and safety reviewer. */
    static List<Agent> standard(RagPipeline pipeline, PromptEvidence shown) {
        return List.of(
                new Retrieving(pipeline, shown, "lexical", "keyword-heavy retrieval (BM25 weight 0.85), no synonyms", 0.85, false, false),
                new Retrieving(pipeline, shown, "semantic", "embedding-heavy retrieval (BM25 weight 0.15), no synonyms", 0.15, false, false),
                new Retrieving(pipeline, shown, "lay-terms", "hybrid retrieval with lay and clinical synonyms added to the query", 0.5, true, false),
                new Retrieving(pipeline, shown, "reviewer", "hybrid retrieval; keeps only short, plain sentences with no individual doses", 0.5, false, true));
    }

    /** An agent that re-weighs the pipeline's candidates by its own lexical share and composes from them. */
    record Retrieving(RagPipeline pipeline, PromptEvidence shown, String name, String strategy, double lexicalWeight,
                      boolean synonyms, boolean plain) implements Agent {

        private static final int CANDIDATES = 30;
        private static final int MAX_PLAIN_WORDS = 30;
        private static final Pattern DOSE = Pattern.compile("(?i)\\b\\d+(?:[.,]\\d+)?\\s*(?:mg|mcg|µg|g|ml|units?|tablets?|pills?)\\b");

        @Override
        public List<ScoredPassage> rank(Question question, SharedRetrieval retrieval) {
            Question search = synonyms && !question.expansions().isEmpty()
                    ? new Question(question.text() + " " + String.join(" ", question.expansions()), question.language(),
                            question.vector(), question.expansions())
                    : own(question);
            List<ScoredPassage> candidates = new ArrayList<>();
            for (ScoredPassage p : retrieval.retrieve(search, CANDIDATES)) {
                double score = lexicalWeight * p.lexical() + (1 - lexicalWeight) * p.semantic();
                candidates.add(new ScoredPassage(p.passage(), p.ordinal(), score, p.lexical(), p.semantic(), p.cosine()));
            }
            candidates.sort((a, b) -> Double.compare(b.score(), a.score()));
            return candidates;
        }

        @Override
        public Work work(Question question, SharedRetrieval retrieval, Budget budget) {
            Question q = own(question);
            List<ScoredPassage> candidates = rank(question, retrieval);
            Evidence relevant = pipeline.aggregate(q, candidates);
            if (!relevant.relevant()) {
                return new Work(relevant, new Draft(List.of(), "extractive", "salus-extractive-1", List.of()),
                        new ModeTrace.PromptTokens(0, 0));
            }
            PromptEvidence.Shown prompt = shown.show(q, relevant, candidates);
            int cost = shown == PromptEvidence.TOP5 ? prompt.tokens().naiveTop5() : prompt.tokens().compressed();
            Draft draft = !pipeline.llmConfigured() ? pipeline.compose(q, prompt.evidence(), prompt.prompt())
                    : budget.spend(cost) ? pipeline.compose(q, prompt.evidence(), prompt.prompt())
                    : pipeline.composeWithoutLlm(q, prompt.evidence())
                            .withNote("the contemplating budget was spent, so this agent wrote without the language model");
            return new Work(prompt.evidence(), plain ? draft.withSentences(plain(draft.sentences())) : draft, prompt.tokens());
        }

        /** The question with the synonyms this agent uses (none unless it expands). */
        private Question own(Question question) {
            return new Question(question.text(), question.language(), question.vector(),
                    synonyms ? question.expansions() : List.of());
        }

        private static List<AnswerSentence> plain(List<AnswerSentence> sentences) {
            return sentences.stream()
                    .filter(s -> Sentences.words(s.text()) <= MAX_PLAIN_WORDS && !DOSE.matcher(s.text()).find())
                    .toList();
        }
    }
}
