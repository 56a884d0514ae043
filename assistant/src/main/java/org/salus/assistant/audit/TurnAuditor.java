package org.salus.assistant.audit;

import org.salus.assistant.chat.ChatTurnCompleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records every chat turn in the audit trail under a pseudonymous session id; costs the turn a hash and a queue offer. */
@Component
class TurnAuditor {

    private final SessionKeys keys;
    private final AuditWriter writer;

    TurnAuditor(SessionKeys keys, AuditWriter writer) {
        this.keys = keys;
        this.writer = writer;
    }

    @EventListener
    void on(ChatTurnCompleted turn) {
        writer.submit(AuditRecord.of(turn, keys.pseudonym(turn.sessionId())));
    }
}
