package org.salus.assistant.rag;

import io.micrometer.core.instrument.Counter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.salus.kb.search.ScoredPassage;

/**
 * The grounded-answer pipeline as named stages: transform → retrieve → aggregate → compose → verify. With an LLM
 * configured it composes with it and falls back to the extractive composer whenever nothing verified is left.
 */
public final class RagPipeline {

    private static final int CANDIDATES = 20;

    private final QueryTransformer transformer;
    private final PassageRetriever retriever;
    private final EvidenceAggregator aggregator;
    private final AnswerComposer extractive;
    private final Optional<LlmComposer> llm;
    private final Optional<StreamingLlmComposer> streamingLlm;
    private final AnswerVerifier verifier;
    private final Counter fallbacks;

    RagPipeline(QueryTransformer transformer, PassageRetriever retriever, EvidenceAggregator aggregator,
                AnswerComposer extractive, Optional<LlmComposer> llm, Optional<StreamingLlmComposer> streamingLlm,
                AnswerVerifier verifier, Counter fallbacks) {
        this.transformer = transformer;
        this.retriever = retriever;
        this.aggregator = aggregator;
        this.extractive = extractive;
        this.llm = llm;
        this.streamingLlm = streamingLlm;
        this.verifier = verifier;
        this.fallbacks = fallbacks;
    }

    public Question transform(String message, String language) {
        return transformer.transform(message, language);
    }

    /** Runs every stage after the transform; {@code onSentence} receives verified sentences as they are ready. */
    public Answer answer(Question question, boolean stream, Consumer<AnswerSentence> onSentence) {
        Map<String, Long> timings = new LinkedHashMap<>();
        long t = System.nanoTime();
        var candidates = candidates(question);
        t = lap(timings, "retrieve", t);
        Evidence evidence = aggregator.aggregate(question, candidates);
        t = lap(timings, "aggregate", t);
        if (!evidence.relevant()) {
            return new Answer(question, evidence, new Draft(List.of(), "extractive", "salus-extractive-1",
                    List.of()), false, timings);
        }
        Draft draft = null;
        if (stream && streamingLlm.isPresent()) {
            draft = streamingLlm.get().compose(question, evidence, verifier, onSentence);
            t = lap(timings, "compose", t);
        } else if (llm.isPresent()) {
            draft = llm.get().compose(question, evidence);
            t = lap(timings, "compose", t);
            draft = verifier.verify(question, evidence, draft);
            t = lap(timings, "verify", t);
            draft.sentences().forEach(onSentence);
        }
        if (draft == null || draft.isEmpty()) {
            Draft fallback = verifier.verify(question, evidence, extractive.compose(question, evidence));
            if (draft != null) {
                fallbacks.increment();
                for (String note : draft.notes()) {
                    fallback = fallback.withNote(note);
                }
                fallback = fallback.withNote("answered with the extractive composer instead");
            }
            fallback.sentences().forEach(onSentence);
            draft = fallback;
            lap(timings, "compose", t);
        }
        return new Answer(question, evidence, draft, true, timings);
    }

    private static long lap(Map<String, Long> timings, String stage, long start) {
        long now = System.nanoTime();
        timings.merge(stage, (now - start) / 1_000_000, Long::sum);
        return now;
    }

    /** The candidates {@link #answer} draws its evidence from, best first (stage 2 at the pipeline's own depth). */
    public List<ScoredPassage> candidates(Question question) {
        return retriever.retrieve(question, CANDIDATES);
    }

    /** Stage 2 alone, for modes that retrieve per sub-question or per agent. */
    public List<ScoredPassage> retrieve(Question question, int k) {
        return retriever.retrieve(question, k);
    }

    /** Stage 3 alone. */
    public Evidence aggregate(Question question, List<ScoredPassage> candidates) {
        return aggregator.aggregate(question, candidates);
    }

    public boolean llmConfigured() {
        return llm.isPresent();
    }

    /**
     * Stages 4 and 5 without streaming: the LLM (when configured) writes from {@code prompt}, a reduced copy of
     * {@code evidence} numbered alike, and is verified against the full evidence; the extractive composer steps in
     * whenever nothing verified is left.
     */
    public Draft compose(Question question, Evidence evidence, Evidence prompt) {
        Draft draft = llm.map(c -> verifier.verify(question, evidence, c.compose(question, prompt))).orElse(null);
        if (draft != null && !draft.isEmpty()) {
            return draft;
        }
        Draft fallback = verifier.verify(question, evidence, extractive.compose(question, evidence));
        if (draft != null) {
            fallbacks.increment();
            for (String note : draft.notes()) {
                fallback = fallback.withNote(note);
            }
        }
        return fallback;
    }

    /** Stages 4 and 5 with the extractive composer only, for a mode whose budget cannot pay for another LLM call. */
    public Draft composeWithoutLlm(Question question, Evidence evidence) {
        return verifier.verify(question, evidence, extractive.compose(question, evidence));
    }

    /** The pipeline's result: what was asked, the evidence, the verified draft, and time per stage. */
    public record Answer(Question question, Evidence evidence, Draft draft, boolean relevant, Map<String, Long> timingsMs) {}
}
