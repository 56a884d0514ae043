package org.salus.assistant.chat;

import java.util.List;
import java.util.Optional;
import org.salus.assistant.reply.Citation;
import org.salus.assistant.reply.ModelInfo;
import org.salus.assistant.tools.ToolAnswer;
import org.salus.assistant.image.ImageInput;
import org.salus.assistant.image.ImageReading;
import org.salus.assistant.llm.LlmModels;
import org.salus.assistant.rag.RagPipeline;
import org.salus.assistant.safety.SafetyGate;
import org.salus.assistant.safety.TurnSafety;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * One chat turn: the safety decision first (it never waits for retrieval or an LLM), then the grounded answer,
 * then the output review; the pieces reach the listener as soon as they exist.
 */
@Service
public class ChatService {

    private final SafetyGate safety;
    private final RagPipeline pipeline;
    private final LlmModels llm;
    private final org.salus.assistant.tools.HealthTools tools;
    private final org.salus.assistant.modes.ModeRunner modes;
    private final Texts texts = new Texts();
    private final CorpusAnswers corpusAnswers;

    private final ApplicationEventPublisher events;
    private final int maxChars;
    private final ImageInput images;

    ChatService(SafetyGate safety, RagPipeline pipeline, LlmModels llm, ApplicationEventPublisher events,
                org.salus.assistant.config.SalusProperties properties, org.salus.assistant.tools.HealthTools tools,
                org.salus.assistant.modes.ModeRunner modes, ImageInput images) {
        this.images = images;
        this.tools = tools;
        this.modes = modes;
        this.safety = safety;
        this.pipeline = pipeline;
        this.llm = llm;
        this.events = events;
        this.maxChars = properties.chat().maxMessageChars();
        this.corpusAnswers = new CorpusAnswers(pipeline, modes, texts);
    }

    /**
     * Answers one question for another channel of the app (FHIR, CDS Hooks, …) with the same validation, safety and
     * grounding as the chat API; invalid input throws an {@link org.salus.assistant.web.ApiException}.
     */
    public ChatReply answer(ChatRequest request, String channel) {
        return handle(validate(request), TurnListener.NONE, channel);
    }

    /**
     * Checks a request and decodes its image, so that bad input is a 4xx before any answer starts. An image alone
     * sent to a server that reads none is refused; with a message, the message is still answered.
     */
    ChatRequests.Valid validate(ChatRequest request) {
        ChatRequests.Valid valid = ChatRequests.validate(request, maxChars, images::decode);
        if (valid.image() != null && valid.message().isBlank() && !images.available()) {
            throw images.unavailable(valid.sessionId());
        }
        return valid;
    }

    ChatReply handle(ChatRequests.Valid request, TurnListener listener, String channel) {
        long start = System.nanoTime();
        try {
            ChatReply reply = request.image() == null ? turn(request, listener, null) : imageTurn(request, listener);
            publish(request, channel, reply, start, null);
            // Stored only when an operator opts in, and then redacted by the transcript store before it is written.
            events.publishEvent(new org.salus.assistant.privacy.ChatTranscriptReady(java.time.Instant.now(),
                    request.sessionId(), request.message(), reply.answer()));
            return reply;
        } catch (RuntimeException e) {
            publish(request, channel, null, start, e.getClass().getSimpleName());
            throw e;
        }
    }

    private void publish(ChatRequests.Valid request, String channel, ChatReply reply, long start, String error) {
        var s = reply == null ? null : reply.safety();
        events.publishEvent(new ChatTurnCompleted(java.time.Instant.now(), request.sessionId(), channel, request.mode(),
                request.language(), s == null ? null : s.action(), s == null ? null : s.urgency(),
                s == null ? List.of() : s.categories(), s == null ? null : s.policy(),
                reply == null ? List.of() : reply.citations().stream().map(Citation::docId).distinct().toList(),
                reply == null ? null : reply.model().provider(), (System.nanoTime() - start) / 1_000_000, error));
    }

    /**
     * A turn with an image. A message that needs escalating or refusing is answered at once, without reading the
     * image; otherwise the image is read and the turn asks about what was found in it, with guardrails applied to
     * the user's message together with what was read.
     */
    private ChatReply imageTurn(ChatRequests.Valid request, TurnListener listener) {
        if (!images.available()) {
            images.skipped(request.sessionId(), "unavailable");
            return turn(request, listener, null).withNote("the image was not read: this server does not read images");
        }
        if (!request.message().isBlank()) {
            String action = safety.assess(request.message(), request.language(), null).safety().action();
            if ("escalate".equals(action) || "refuse".equals(action)) {
                images.skipped(request.sessionId(), "not_read");
                return turn(request, listener, null).withNote("the image was not read: the message needed this answer first");
            }
        }
        long start = System.nanoTime();
        ImageReading reading = images.read(request.image(), request.language(), request.sessionId());
        ImageTurn image = ImageTurn.of(reading, request.message(), request.language(), texts,
                (System.nanoTime() - start) / 1_000_000);
        return turn(request.withMessage(image.safetyText()), listener, image);
    }

    private ChatReply turn(ChatRequests.Valid request, TurnListener listener, ImageTurn image) {
        // The turn's total includes reading its image, which happened just before.
        long start = System.nanoTime() - (image == null ? 0 : image.readMs() * 1_000_000);
        TurnDraft draft = new TurnDraft(listener, start);
        String language = request.language();
        var question = transform(request.message(), language);
        long transformed = System.nanoTime();
        draft.time("transform", (transformed - start) / 1_000_000 - (image == null ? 0 : image.readMs()));
        TurnSafety decision = safety.assess(request.message(), language, question == null ? null : question.vector());
        draft.time("safety", (System.nanoTime() - transformed) / 1_000_000);
        if (image != null) {
            draft.time("image", image.readMs());
        }
        ModelInfo model = new ModelInfo(llm.provider(), llm.modelName());
        String disclaimer = safety.disclaimer(language);
        listener.meta(decision.safety(), request.mode(), model, disclaimer);

        decision.leadText().ifPresent(draft::paragraph);
        if (decision.replyText().isPresent()) {
            draft.paragraph(decision.replyText().get());
            return draft.reply(draft.text(), List.of(), decision.safety(), disclaimer, request.mode(), model,
                    List.of(), false, null);
        }
        if (image != null) {
            draft.paragraph(image.preface());
            draft.notes(image.notes());
            if (!image.asks()) {
                return draft.reply(draft.text(), List.of(), decision.safety(), disclaimer, request.mode(), model,
                        List.of(), false, null);
            }
        }
        var tool = image == null && "answer".equals(decision.safety().action())
                ? tools.answer(request.message(), language) : Optional.<ToolAnswer>empty();
        if (tool.isPresent()) {
            draft.paragraph(tool.get().text());
            listener.citations(tool.get().citations());
            String shown = tool.get().demo() ? disclaimer + " " + texts.get(language, "demo-content") : disclaimer;
            String reviewed = safety.review(request.message(), language, decision, draft.text());
            draft.notes(tool.get().notes());
            return draft.reply(reviewed, tool.get().citations(), decision.safety(), shown, request.mode(),
                    new ModelInfo("tools", tool.get().tool()), tool.get().visualisations(), tool.get().demo(), null);
        }
        CorpusAnswers.Result corpus = corpusAnswers.answer(request, decision, image, question, draft,
                listener != TurnListener.NONE);
        if (image != null && !image.afterword(language, texts).isEmpty()) {
            draft.paragraph(image.afterword(language, texts));
        }
        if (corpus.demo()) {
            disclaimer = disclaimer + " " + texts.get(language, "demo-content");
        }
        listener.citations(corpus.citations());
        String reviewed = safety.review(request.message(), language, decision, draft.text());
        return draft.reply(reviewed, corpus.citations(), decision.safety(), disclaimer, request.mode(), corpus.model(),
                List.of(), corpus.demo(), corpus.trace());
    }

    /**
     * The question with its embedding; if embedding fails, null, so that the safety decision (which needs no
     * embedding) still comes first and is never delayed or prevented.
     */
    private org.salus.assistant.rag.Question transform(String message, String language) {
        try {
            return pipeline.transform(message, language);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
