package org.salus.assistant.rag;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

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

    RagPipeline(QueryTransformer transformer, PassageRetriever retriever, EvidenceAggregator aggregator,
                AnswerComposer extractive, Optional<LlmComposer> llm, Optional<StreamingLlmComposer> streamingLlm,
                AnswerVerifier verifier) {
        this.transformer = transformer;
        this.retriever = retriever;
        this.aggregator = aggregator;
        this.extractive = extractive;
        this.llm = llm;
        this.streamingLlm = streamingLlm;
        this.verifier = verifier;
    }

    public Question transform(String message, String language) {
        return transformer.transform(message, language);
    }

    /** Runs every stage after the transform; {@code onSentence} receives verified sentences as they are ready. */
    public Answer answer(Question question, boolean stream, Consumer<AnswerSentence> onSentence) {
        Map<String, Long> timings = new LinkedHashMap<>();
        long t = System.nanoTime();
        var candidates = retriever.retrieve(question, CANDIDATES);
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

    /** The pipeline's result: what was asked, the evidence, the verified draft, and time per stage. */
    public record Answer(Question question, Evidence evidence, Draft draft, boolean relevant, Map<String, Long> timingsMs) {}
}
