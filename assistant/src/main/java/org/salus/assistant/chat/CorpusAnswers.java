package org.salus.assistant.chat;

import java.util.ArrayList;
import java.util.List;
import org.salus.assistant.modes.ModeRunner;
import org.salus.assistant.modes.ModeTrace;
import org.salus.assistant.rag.Question;
import org.salus.assistant.rag.RagPipeline;
import org.salus.assistant.reply.Citation;
import org.salus.assistant.reply.ModelInfo;
import org.salus.assistant.safety.TurnSafety;

/**
 * The step of a turn that answers from the vetted corpus: one question per item read from an image, else the
 * message (or the topic the guardrails chose); each answered by the requested mode, its sentences numbered and
 * streamed into the draft, "no vetted information" said where the corpus has nothing.
 */
final class CorpusAnswers {

    /** What the corpus step contributed besides text. */
    record Result(List<Citation> citations, ModelInfo model, ModeTrace trace, boolean demo) {
    }

    /** One question put to the library in a turn, and what to say when the vetted sources do not cover it. */
    private record Asked(Question question, String noInformation) {
    }

    private final RagPipeline pipeline;
    private final ModeRunner modes;
    private final Texts texts;

    CorpusAnswers(RagPipeline pipeline, ModeRunner modes, Texts texts) {
        this.pipeline = pipeline;
        this.modes = modes;
        this.texts = texts;
    }

    Result answer(ChatRequests.Valid request, TurnSafety decision, ImageTurn image, Question question,
                  TurnDraft draft, boolean streaming) {
        String language = request.language();
        List<Asked> asks;
        if (image != null && decision.retrievalHint().isBlank()) {
            asks = image.items().stream().map(item -> new Asked(pipeline.transform(item.question(), language),
                    image.noInformation(item, language, texts))).toList();
        } else {
            Question asked = question;
            if (!decision.retrievalHint().isBlank() || asked == null) {
                String topic = decision.retrievalHint().isBlank() ? request.message() : decision.retrievalHint();
                asked = pipeline.transform(topic, language);
            }
            asks = List.of(new Asked(asked, texts.get(language, "no-information")));
        }
        List<Citation> citations = new ArrayList<>();
        ModelInfo used = null;
        ModeTrace trace = null;
        for (Asked asked : asks) {
            CitationNumbering numbering = new CitationNumbering(citations.size());
            boolean[] first = {true};
            var run = modes.run(request.mode(), asked.question(), streaming, sentence -> {
                draft.sentence(numbering.render(sentence), first[0]);
                first[0] = false;
            });
            RagPipeline.Answer result = run.answer();
            draft.addTimings(result.timingsMs());
            draft.notes(result.draft().notes());
            citations.addAll(numbering.citations(result));
            if (result.draft().isEmpty()) {
                draft.paragraph(asked.noInformation());
            }
            if (used == null || "extractive".equals(used.provider())) {
                used = new ModelInfo(result.draft().provider(), result.draft().model());
            }
            trace = trace == null ? run.trace() : trace;
        }
        boolean demo = citations.stream().anyMatch(c -> "demo".equals(c.reviewStatus()));
        return new Result(citations, used, trace, demo);
    }
}
