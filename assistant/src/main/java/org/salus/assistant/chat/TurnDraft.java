package org.salus.assistant.chat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.salus.assistant.modes.ModeTrace;
import org.salus.assistant.reply.Citation;
import org.salus.assistant.reply.ModelInfo;
import org.salus.assistant.reply.Safety;

/**
 * The reply of one turn while it is written: every piece of text is streamed to the listener as it is added, notes
 * and stage timings are collected, and {@link #reply} builds the one {@link ChatReply} at the end.
 */
final class TurnDraft {

    private final TurnListener listener;
    private final long start;
    private final StringBuilder answer = new StringBuilder();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, Long> timings = new LinkedHashMap<>();

    /** {@code start}: when the turn began, in {@link System#nanoTime()} terms (before reading its image, if any). */
    TurnDraft(TurnListener listener, long start) {
        this.listener = listener;
        this.start = start;
    }

    /** When the turn began, in {@link System#nanoTime()} terms. */
    long start() {
        return start;
    }

    /** A new paragraph. */
    void paragraph(String text) {
        append((answer.isEmpty() ? "" : "\n\n") + text);
    }

    /** The next sentence of the current paragraph, or the first of a new one. */
    void sentence(String text, boolean firstOfParagraph) {
        append(firstOfParagraph ? (answer.isEmpty() ? "" : "\n\n") + text : " " + text);
    }

    private void append(String text) {
        answer.append(text);
        listener.delta(text);
    }

    String text() {
        return answer.toString();
    }

    boolean isEmpty() {
        return answer.isEmpty();
    }

    void notes(List<String> more) {
        notes.addAll(more);
    }

    void time(String stage, long ms) {
        timings.put(stage, ms);
    }

    void addTimings(Map<String, Long> more) {
        more.forEach((stage, ms) -> timings.merge(stage, ms, Long::sum));
    }

    /** The finished reply, {@code answer} being the reviewed text; the turn's total time is taken now. */
    ChatReply reply(String answerText, List<Citation> citations, Safety safety, String disclaimer, String mode,
                    ModelInfo model, List<Map<String, Object>> visualisations, boolean demo, ModeTrace trace) {
        timings.put("total", (System.nanoTime() - start) / 1_000_000);
        return new ChatReply(answerText, citations, safety, disclaimer, mode, model, timings, visualisations,
                notes, demo, trace);
    }
}
