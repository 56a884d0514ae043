package org.salus.assistant.audit;

import org.salus.assistant.chat.ChatTurnCompleted;
import org.salus.assistant.image.ImageProcessed;
import org.salus.assistant.security.Callers;
import org.salus.assistant.voice.AudioTranscribed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records every chat turn, every image a request carried and every recording sent for transcription in the audit
 * trail under a pseudonymous session id, content-free; costs the turn a hash and a queue offer.
 */
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
        writer.submit(AuditRecord.of(turn, keys.pseudonym(turn.sessionId()), Callers.current().orElse(null)));
    }

    @EventListener
    void on(AudioTranscribed audio) {
        writer.submit(AuditRecord.of(audio, keys.pseudonym(audio.sessionId())));
    }

    @EventListener
    void on(ImageProcessed image) {
        writer.submit(ImageAuditRecord.of(image, keys.pseudonym(image.sessionId())));
    }
}
