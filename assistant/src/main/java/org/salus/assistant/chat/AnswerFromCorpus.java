package org.salus.assistant.chat;

import java.util.ArrayList;
import java.util.List;
import org.salus.assistant.i18n.LocalisedText;
import org.salus.assistant.modes.ModeRunner;
import org.salus.assistant.modes.ModeTrace;
import org.salus.assistant.rag.CoveredTopics;
import org.salus.assistant.rag.Question;
import org.salus.assistant.rag.RagPipeline;
import org.salus.assistant.reply.Citation;
import org.salus.assistant.reply.ModelInfo;
import org.salus.assistant.safety.TurnSafety;

/**
 * Answers from the vetted corpus when no tool did: one question per item read from an image, else the message (or
 * the topic the guardrails chose); each answered by the requested mode, its sentences numbered by
 * {@link CitationNumbering} and streamed into the draft; where nothing verified answers it, what the library does
 * cover about the question's focus, and "no vetted information" only where no passage addresses the focus.
 */
final class AnswerFromCorpus implements TurnStep {

    /**
     * One question put to the library in a turn, what to say when the vetted sources do not cover it, and whether to
     * name what the library does cover about its focus instead.
     */
    /**
     * One question put to the corpus; {@code ownWords} is what the asker wrote, the only text a reply may quote back
     * (the retrieval question can carry a clinic's patient context, which never goes into an answer or transcript).
     */
    private record Asked(Question question, String noInformation, boolean nameCovered, String ownWords) {
    }

    private final RagPipeline pipeline;
    private final ModeRunner modes;
    private final LocalisedText texts;

    AnswerFromCorpus(RagPipeline pipeline, ModeRunner modes, LocalisedText texts) {
        this.pipeline = pipeline;
        this.modes = modes;
        this.texts = texts;
    }

    @Override
    public Result apply(Turn turn) {
        if (turn.answered()) {
            return CONTINUE;
        }
        ChatRequests.Valid request = turn.asked();
        TurnSafety decision = turn.decision();
        ImageTurn image = turn.image();
        Question question = turn.question();
        TurnDraft draft = turn.draft();
        String language = request.language();
        List<Asked> asks;
        if (image != null && decision.retrievalHint().isBlank()) {
            asks = image.items().stream().map(item -> new Asked(pipeline.transform(item.question(), language),
                    image.noInformation(item, language, texts), false, item.question())).toList();
        } else {
            Question asked = question;
            if (!decision.retrievalHint().isBlank() || asked == null) {
                String topic = decision.retrievalHint().isBlank() ? request.message() : decision.retrievalHint();
                asked = pipeline.transform(topic, language);
            }
            asks = List.of(new Asked(asked, texts.get(language, "no-information"), true, turn.request().message()));
        }
        List<Citation> citations = new ArrayList<>();
        ModelInfo used = null;
        ModeTrace trace = null;
        for (Asked asked : asks) {
            CitationNumbering numbering = new CitationNumbering(citations.size());
            boolean[] first = {true};
            var run = modes.run(request.mode(), asked.question(), turn.streaming(), sentence -> {
                draft.sentence(numbering.render(sentence), first[0]);
                first[0] = false;
            });
            RagPipeline.Answer result = run.answer();
            draft.addTimings(result.timingsMs());
            draft.notes(result.draft().notes());
            citations.addAll(numbering.citations(result));
            if (result.draft().isEmpty()) {
                draft.paragraph(noAnswer(asked, result, language));
            }
            if (used == null || "extractive".equals(used.provider())) {
                used = new ModelInfo(result.draft().provider(), result.draft().model());
            }
            trace = trace == null ? run.trace() : trace;
        }
        if (image != null && !image.afterword(language, texts).isEmpty()) {
            draft.paragraph(image.afterword(language, texts));
        }
        boolean demo = citations.stream().anyMatch(c -> "demo".equals(c.reviewStatus()));
        turn.answered(citations, used, List.of(), demo, trace, texts.get(language, "demo-content"));
        return CONTINUE;
    }

    /**
     * "No vetted information" only when no passage addresses the question's focus; otherwise what the library does
     * cover about it, each topic with its link.
     */
    private String noAnswer(Asked asked, RagPipeline.Answer result, String language) {
        Question q = asked.question();
        CoveredTopics covered = asked.nameCovered()
                ? CoveredTopics.of(new Question(asked.ownWords(), q.language(), q.vector(), q.expansions()), result.evidence())
                : new CoveredTopics("", List.of());
        if (covered.isEmpty()) {
            return asked.noInformation();
        }
        String topics = String.join("; ", covered.topics().stream()
                .map(t -> t.url().isBlank() ? t.title() : t.title() + " (" + t.url() + ")").toList());
        return texts.get(language, "library-covers", "focus", covered.focus(), "topics", topics);
    }
}
