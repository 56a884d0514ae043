package org.salus.assistant.chat;

import org.salus.assistant.kb.EmbeddingBusy;
import org.salus.assistant.llm.LlmModels;
import org.salus.assistant.rag.Question;
import org.salus.assistant.rag.RagPipeline;
import org.salus.assistant.reply.ModelInfo;
import org.salus.assistant.safety.SafetyGate;
import org.salus.assistant.safety.TurnSafety;

/**
 * The guardrails' decision on the message, taken before retrieval or any model runs: it reaches the client first,
 * text that must come before any answer (what to do now, crisis lines) is written, and a turn the guardrails
 * answer themselves ends here.
 */
final class GuardInput implements TurnStep {

    private final SafetyGate safety;
    private final RagPipeline pipeline;
    private final LlmModels llm;

    GuardInput(SafetyGate safety, RagPipeline pipeline, LlmModels llm) {
        this.safety = safety;
        this.pipeline = pipeline;
        this.llm = llm;
    }

    @Override
    public Result apply(Turn turn) {
        TurnDraft draft = turn.draft();
        long readMs = turn.image() == null ? 0 : turn.image().readMs();
        String message = turn.asked().message();
        String language = turn.language();
        Question question = transform(message, language);
        long transformed = System.nanoTime();
        draft.time("transform", (transformed - draft.start()) / 1_000_000 - readMs);
        TurnSafety decision = safety.assess(message, language, question == null ? null : question.vector());
        draft.time("safety", (System.nanoTime() - transformed) / 1_000_000);
        if (turn.image() != null) {
            draft.time("image", readMs);
        }
        ModelInfo model = new ModelInfo(llm.provider(), llm.modelName());
        String disclaimer = safety.disclaimer(language);
        turn.decided(question, decision, model, disclaimer);
        turn.listener().meta(decision.safety(), turn.mode(), model, disclaimer);

        decision.leadText().ifPresent(draft::paragraph);
        if (decision.replyText().isPresent()) {
            draft.paragraph(decision.replyText().get());
            return TurnStep.finish(turn);
        }
        return CONTINUE;
    }

    /**
     * The question with its embedding; if embedding fails, null, so that the safety decision (which needs no
     * embedding) still comes first and is never delayed or prevented. A server too busy to embed refuses the turn
     * before anything is answered ({@link EmbeddingBusy}, 503), as a full set of turn slots does.
     */
    private Question transform(String message, String language) {
        try {
            return pipeline.transform(message, language);
        } catch (EmbeddingBusy busy) {
            throw busy;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
