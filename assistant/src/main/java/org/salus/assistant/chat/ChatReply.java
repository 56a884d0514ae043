package org.salus.assistant.chat;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

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

    /** A numbered source of the answer. */
    public record Citation(int n, String id, String docId, String title, String url, String source,
                           String reviewedOn, String excerpt, String reviewStatus) {}

    /** The guardrails' decision for this turn. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Safety(String action, String urgency, List<String> categories, String policy,
                         String emergencyNumber, List<CrisisLine> crisisLines) {}

    /** A crisis-support service for the user's locale. */
    public record CrisisLine(String name, String number, String text) {}

    /** Which composer wrote the answer. */
    public record ModelInfo(String provider, String name) {}
}
