package org.salus.assistant.reply;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The guardrails' decision for a turn, as the chat API returns it ({@code safety}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Safety(String action, String urgency, List<String> categories, String policy,
                     String emergencyNumber, List<CrisisLine> crisisLines) {
}
