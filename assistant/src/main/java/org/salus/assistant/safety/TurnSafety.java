package org.salus.assistant.safety;

import org.salus.assistant.reply.Safety;
import java.util.Optional;

/**
 * The safety decision for one turn as the chat needs it: the contract's {@code safety} object, text that must
 * come before any corpus content (what to do now, crisis lines, a clinician note), for a turn that must not be
 * answered from the corpus the whole reply, and a topic to retrieve for instead of the raw message.
 */
public record TurnSafety(Safety safety, Optional<String> leadText, Optional<String> replyText,
                         String retrievalHint, Object detail) {}
