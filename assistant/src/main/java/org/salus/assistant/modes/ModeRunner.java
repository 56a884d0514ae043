package org.salus.assistant.modes;

import java.util.List;
import java.util.function.Consumer;
import org.salus.assistant.rag.AnswerSentence;
import org.salus.assistant.rag.Question;
import org.salus.assistant.rag.RagPipeline;
import org.salus.kb.search.ScoredPassage;

/** The one entry point the chat service calls: answers a question in the mode the request selected. */
public final class ModeRunner {

    private final RagPipeline pipeline;
    private final ThinkingMode thinking;
    private final ContemplatingMode contemplating;

    ModeRunner(RagPipeline pipeline, ThinkingMode thinking, ContemplatingMode contemplating) {
        this.pipeline = pipeline;
        this.thinking = thinking;
        this.contemplating = contemplating;
    }

    /**
     * Answers {@code question} in {@code mode} ("instant", "thinking" or "contemplating"; anything else is instant).
     * Verified sentences reach {@code onSentence} as they are ready; their citation numbers index the result's
     * evidence. Never throws for a slow or failing stage: budgets and failures end up as notes.
     */
    public ModeResult run(String mode, Question question, boolean stream, Consumer<AnswerSentence> onSentence) {
        return switch (AnswerMode.byId(mode).orElse(AnswerMode.INSTANT)) {
            case THINKING -> thinking.run(question, onSentence);
            case CONTEMPLATING -> contemplating.run(question, onSentence);
            case INSTANT -> new ModeResult(pipeline.answer(question, stream, onSentence),
                    new ModeTrace(AnswerMode.INSTANT.id(), List.of(), List.of(), null, false, List.of()));
        };
    }

    /**
     * The passages {@code mode} reads for {@code question}, best first, each once: Instant's hybrid candidates;
     * Thinking's per-sub-question candidates and Contemplating's per-agent rankings, each fused by reciprocal rank
     * ({@code salus.rag.fusion.k}, 60 by default). For showing what a mode looks at ({@code GET /api/search?mode=})
     * and for scoring it as a ranking.
     */
    public List<ScoredPassage> ranking(String mode, Question question) {
        return switch (AnswerMode.byId(mode).orElse(AnswerMode.INSTANT)) {
            case THINKING -> thinking.ranking(question);
            case CONTEMPLATING -> contemplating.ranking(question);
            case INSTANT -> pipeline.candidates(question);
        };
    }

    /** The question as every mode sees it: normalised, embedded once, with its synonyms. */
    public Question question(String text, String language) {
        return pipeline.transform(text, language);
    }
}
