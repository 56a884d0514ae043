package org.salus.assistant.chat;

import org.salus.assistant.reply.ModelInfo;
import org.salus.assistant.reply.Citation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.salus.assistant.image.ImageInput;
import org.salus.assistant.image.ImageReading;
import org.salus.assistant.llm.LlmModels;
import org.salus.assistant.rag.AnswerSentence;
import org.salus.assistant.rag.RagPipeline;
import org.salus.assistant.safety.SafetyGate;
import org.salus.assistant.safety.TurnSafety;
import org.salus.kb.index.Passage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * One chat turn: the safety decision first (it never waits for retrieval or an LLM), then the grounded answer,
 * then the output review; the pieces reach the listener as soon as they exist.
 */
@Service
public class ChatService {

    private static final int EXCERPT_CHARS = 400;

    private final SafetyGate safety;
    private final RagPipeline pipeline;
    private final LlmModels llm;
    private final org.salus.assistant.tools.HealthTools tools;
    private final org.salus.assistant.modes.ModeRunner modes;
    private final Texts texts = new Texts();

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
        Map<String, Long> timings = new LinkedHashMap<>();
        String language = request.language();
        var question = transform(request.message(), language);
        long transformed = System.nanoTime();
        timings.put("transform", (transformed - start) / 1_000_000 - (image == null ? 0 : image.readMs()));
        TurnSafety decision = safety.assess(request.message(), language, question == null ? null : question.vector());
        timings.put("safety", (System.nanoTime() - transformed) / 1_000_000);
        if (image != null) {
            timings.put("image", image.readMs());
        }
        ModelInfo model = new ModelInfo(llm.provider(), llm.modelName());
        String disclaimer = safety.disclaimer(language);
        listener.meta(decision.safety(), request.mode(), model, disclaimer);

        StringBuilder answer = new StringBuilder();
        List<String> notes = new ArrayList<>();
        decision.leadText().ifPresent(lead -> {
            answer.append(lead);
            listener.delta(lead);
        });
        if (decision.replyText().isPresent()) {
            String reply = (answer.isEmpty() ? "" : "\n\n") + decision.replyText().get();
            answer.append(reply);
            listener.delta(reply);
            timings.put("total", (System.nanoTime() - start) / 1_000_000);
            return new ChatReply(answer.toString(), List.of(), decision.safety(), disclaimer, request.mode(), model,
                    timings, List.of(), notes, false);
        }
        if (image != null) {
            String preface = (answer.isEmpty() ? "" : "\n\n") + image.preface();
            answer.append(preface);
            listener.delta(preface);
            notes.addAll(image.notes());
            if (!image.asks()) {
                timings.put("total", (System.nanoTime() - start) / 1_000_000);
                return new ChatReply(answer.toString(), List.of(), decision.safety(), disclaimer, request.mode(), model,
                        timings, List.of(), notes, false);
            }
        }

        var tool = image == null && "answer".equals(decision.safety().action()) ? tools.answer(request.message(), language) : java.util.Optional.<org.salus.assistant.tools.ToolAnswer>empty();
        if (tool.isPresent()) {
            String text = (answer.isEmpty() ? "" : "\n\n") + tool.get().text();
            answer.append(text);
            listener.delta(text);
            listener.citations(tool.get().citations());
            String shown = tool.get().demo() ? disclaimer + " " + texts.get(language, "demo-content") : disclaimer;
            String reviewed = safety.review(request.message(), language, decision, answer.toString());
            notes.addAll(tool.get().notes());
            timings.put("total", (System.nanoTime() - start) / 1_000_000);
            return new ChatReply(reviewed, tool.get().citations(), decision.safety(), shown, request.mode(),
                    new ModelInfo("tools", tool.get().tool()), timings, tool.get().visualisations(), notes, tool.get().demo());
        }
        List<Asked> asks;
        if (image != null && decision.retrievalHint().isBlank()) {
            asks = image.items().stream().map(item -> new Asked(pipeline.transform(item.question(), language),
                    image.noInformation(item, language, texts))).toList();
        } else {
            if (!decision.retrievalHint().isBlank() || question == null) {
                String topic = decision.retrievalHint().isBlank() ? request.message() : decision.retrievalHint();
                question = pipeline.transform(topic, language);
            }
            asks = List.of(new Asked(question, texts.get(language, "no-information")));
        }
        List<Citation> citations = new ArrayList<>();
        ModelInfo used = null;
        org.salus.assistant.modes.ModeTrace trace = null;
        for (Asked asked : asks) {
            Numbering numbering = new Numbering(citations.size());
            boolean[] first = {true};
            var run = modes.run(request.mode(), asked.question(), listener != TurnListener.NONE, sentence -> {
                String piece = numbering.render(sentence);
                String text = (first[0] ? (answer.isEmpty() ? "" : "\n\n") : " ") + piece;
                first[0] = false;
                answer.append(text);
                listener.delta(text);
            });
            RagPipeline.Answer result = run.answer();
            result.timingsMs().forEach((stage, ms) -> timings.merge(stage, ms, Long::sum));
            notes.addAll(result.draft().notes());
            citations.addAll(numbering.citations(result));
            if (result.draft().isEmpty()) {
                String none = (answer.isEmpty() ? "" : "\n\n") + asked.noInformation();
                answer.append(none);
                listener.delta(none);
            }
            if (used == null || "extractive".equals(used.provider())) {
                used = new ModelInfo(result.draft().provider(), result.draft().model());
            }
            trace = trace == null ? run.trace() : trace;
        }
        if (image != null && !image.afterword(language, texts).isEmpty()) {
            String after = "\n\n" + image.afterword(language, texts);
            answer.append(after);
            listener.delta(after);
        }
        boolean demo = citations.stream().anyMatch(c -> "demo".equals(c.reviewStatus()));
        if (demo) {
            disclaimer = disclaimer + " " + texts.get(language, "demo-content");
        }
        listener.citations(citations);
        String reviewed = safety.review(request.message(), language, decision, answer.toString());
        timings.put("total", (System.nanoTime() - start) / 1_000_000);
        return new ChatReply(reviewed, citations, decision.safety(), disclaimer, request.mode(), used, timings,
                List.of(), notes, demo, trace);
    }

    /** One question put to the library in a turn, and what to say when the vetted sources do not cover it. */
    private record Asked(org.salus.assistant.rag.Question question, String noInformation) {}

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

    /**
     * Renumbers evidence passages in order of first citation, so the answer's markers run [1], [2], …; a turn that
     * asks several questions numbers each one's passages on from the last.
     */
    private static final class Numbering {
        private final Map<Integer, Integer> numbers = new LinkedHashMap<>();
        private final int offset;

        Numbering(int offset) {
            this.offset = offset;
        }

        synchronized String render(AnswerSentence sentence) {
            StringBuilder text = new StringBuilder(sentence.text());
            String end = "";
            if (!text.isEmpty() && ".!?".indexOf(text.charAt(text.length() - 1)) >= 0) {
                end = text.substring(text.length() - 1);
                text.setLength(text.length() - 1);
            }
            for (int evidence : sentence.citations()) {
                int n = numbers.computeIfAbsent(evidence, e -> offset + numbers.size() + 1);
                text.append(" [").append(n).append(']');
            }
            return text.append(end).toString();
        }

        synchronized List<Citation> citations(RagPipeline.Answer answer) {
            List<Citation> citations = new ArrayList<>();
            numbers.forEach((evidence, n) -> {
                Passage p = answer.evidence().get(evidence).passage();
                String excerpt = p.text().length() <= EXCERPT_CHARS ? p.text()
                        : p.text().substring(0, p.text().lastIndexOf(' ', EXCERPT_CHARS)) + " …";
                citations.add(new Citation(n, p.id(), p.docId(), p.title(), p.url(), p.publisher(),
                        p.reviewedOn() == null ? null : p.reviewedOn().toString(), excerpt, p.reviewStatus()));
            });
            return citations;
        }
    }
}
