package org.salus.assistant.safety;

import java.util.Locale;
import java.util.Optional;
import org.salus.assistant.reply.Safety;
import org.salus.guardrails.decision.Action;
import org.salus.guardrails.decision.InputAssessment;

/**
 * The safety decision for one turn as the chat needs it: the contract's {@code safety} object, text that must
 * come before any corpus content (what to do now, crisis lines, a clinician note), for a turn that must not be
 * answered from the corpus the whole reply, a topic to retrieve for instead of the raw message, and the guardrails'
 * own assessment that the output review reads (null where no guardrails decided, as in tests).
 */
public record TurnSafety(Safety safety, Optional<String> leadText, Optional<String> replyText,
                         String retrievalHint, InputAssessment detail) {

    /** The decided action ({@code safety.action}) as the guardrails' enum. */
    public Action action() {
        return Action.valueOf(safety.action().toUpperCase(Locale.ROOT));
    }
}
