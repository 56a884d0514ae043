package org.salus.assistant.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.salus.assistant.modes.ModeTrace;
import org.salus.assistant.rag.Question;
import org.salus.assistant.reply.Citation;
import org.salus.assistant.reply.ModelInfo;
import org.salus.assistant.safety.TurnSafety;

/**
 * What the steps of one chat turn know about it so far: the request as sent and as asked (with what was read from
 * its image), the safety decision, the answer's sources, and the {@link TurnDraft} that streams its text.
 */
final class Turn {

    private final ChatRequests.Valid request;
    private final TurnListener listener;
    private final String channel;
    private final long start = System.nanoTime();
    private final List<String> closingNotes = new ArrayList<>();
    private ChatRequests.Valid asked;
    private ImageTurn image;
    private TurnDraft draft;
    private Question question;
    private TurnSafety decision;
    private String disclaimer;
    private ModelInfo model;
    private boolean answered;
    private List<Citation> citations = List.of();
    private List<Map<String, Object>> visualisations = List.of();
    private boolean demo;
    private ModeTrace trace;
    private String reviewed;

    Turn(ChatRequests.Valid request, TurnListener listener, String channel) {
        this(request, request, listener, channel);
    }

    /** A turn that answers {@code asked} (the request with context the client did not type) but keeps {@code request}. */
    Turn(ChatRequests.Valid request, ChatRequests.Valid asked, TurnListener listener, String channel) {
        this.request = request;
        this.asked = asked;
        this.listener = listener;
        this.channel = channel;
    }

    /** The request as the client sent it (published, and kept as the transcript's message). */
    ChatRequests.Valid request() {
        return request;
    }

    /** The request the turn answers: the client's, or its message together with what was read from its image. */
    ChatRequests.Valid asked() {
        return asked;
    }

    String language() {
        return request.language();
    }

    String mode() {
        return request.mode();
    }

    TurnListener listener() {
        return listener;
    }

    String channel() {
        return channel;
    }

    /** When the turn began, in {@link System#nanoTime()} terms, before any step. */
    long start() {
        return start;
    }

    /** Whether the pieces of the reply go to a client as they come. */
    boolean streaming() {
        return listener != TurnListener.NONE;
    }

    ImageTurn image() {
        return image;
    }

    /** The image was read: the turn now asks about {@code read.safetyText()}. */
    void imageRead(ImageTurn read) {
        this.image = read;
        this.asked = request.withMessage(read.safetyText());
    }

    /** The image was not read; the reply says why in its last note. */
    void imageNotRead(String note) {
        closingNotes.add(note);
    }

    /** The draft of the reply, begun on first use; its clock includes the image's reading, done just before. */
    TurnDraft draft() {
        if (draft == null) {
            draft = new TurnDraft(listener, System.nanoTime() - (image == null ? 0 : image.readMs() * 1_000_000));
        }
        return draft;
    }

    Question question() {
        return question;
    }

    TurnSafety decision() {
        return decision;
    }

    String disclaimer() {
        return disclaimer;
    }

    /** The guardrails' decision on the input, with the question it was made for (null if it could not be embedded). */
    void decided(Question question, TurnSafety decision, ModelInfo model, String disclaimer) {
        this.question = question;
        this.decision = decision;
        this.model = model;
        this.disclaimer = disclaimer;
    }

    /** Whether a step has answered the question (a tool, or the corpus). */
    boolean answered() {
        return answered;
    }

    /** The answer's sources, who wrote it, and whether it rests on demo content (said in the disclaimer). */
    void answered(List<Citation> cited, ModelInfo by, List<Map<String, Object>> shown, boolean demoContent,
                  ModeTrace modeTrace, String demoNotice) {
        this.answered = true;
        this.citations = cited;
        this.model = by;
        this.visualisations = shown;
        this.demo = demoContent;
        this.trace = modeTrace;
        if (demoContent) {
            disclaimer = disclaimer + " " + demoNotice;
        }
    }

    List<Citation> citations() {
        return citations;
    }

    /** The answer as the output guardrails let it be shown. */
    void reviewed(String answer) {
        this.reviewed = answer;
    }

    /** The one reply of the turn from what the steps did; the turn's total time is taken now. */
    ChatReply reply() {
        TurnDraft text = draft();
        ChatReply reply = text.reply(reviewed != null ? reviewed : text.text(), citations, decision.safety(),
                disclaimer, request.mode(), model, visualisations, demo, trace);
        for (String note : closingNotes) {
            reply = reply.withNote(note);
        }
        return reply;
    }
}
