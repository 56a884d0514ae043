package org.salus.assistant.chat;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.salus.assistant.reply.Citation;
import org.salus.assistant.reply.ModelInfo;
import org.salus.assistant.reply.Safety;

/** The reply of the chat API exactly as the public contract defines it, plus a few added fields. */
public record ChatReply(
        String answer,
        List<Citation> citations,
        Safety safety,
        String disclaimer,
        String mode,
        ModelInfo model,
        Map<String, Long> timingsMs,
        List<Map<String, Object>> visualisations,
        List<String> notes,
        boolean demoContent,
        @JsonInclude(JsonInclude.Include.NON_NULL) org.salus.assistant.modes.ModeTrace trace) {

    /** A reply without a mode trace (safety replies, other channels). */
    public ChatReply(String answer, List<Citation> citations, Safety safety, String disclaimer, String mode,
                     ModelInfo model, Map<String, Long> timingsMs, List<Map<String, Object>> visualisations,
                     List<String> notes, boolean demoContent) {
        this(answer, citations, safety, disclaimer, mode, model, timingsMs, visualisations, notes, demoContent, null);
    }

    /** The same reply with one more note. */
    public ChatReply withNote(String note) {
        List<String> more = new java.util.ArrayList<>(notes == null ? List.of() : notes);
        more.add(note);
        return new ChatReply(answer, citations, safety, disclaimer, mode, model, timingsMs, visualisations, more,
                demoContent, trace);
    }
}
