package org.salus.assistant.audit;

import org.salus.assistant.privacy.ChatTranscriptReady;
import org.salus.assistant.privacy.PrivacyProperties;
import org.salus.guardrails.redaction.RedactionMode;
import org.salus.guardrails.redaction.Redactor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps redacted transcripts when, and only when, the operator set {@code salus.privacy.store-transcripts=true}. */
@Component
class TranscriptRecorder {

    private final boolean enabled;
    private final SessionKeys keys;
    private final AuditWriter writer;
    /** Stored transcripts favour recall: a missed identifier stays in the database for the retention period. */
    private final Redactor redactor = Redactor.of(RedactionMode.RECALL_FIRST);

    TranscriptRecorder(PrivacyProperties properties, SessionKeys keys, AuditWriter writer) {
        this.enabled = properties.storeTranscripts();
        this.keys = keys;
        this.writer = writer;
    }

    @EventListener
    void on(ChatTranscriptReady ready) {
        if (enabled) {
            Pseudonym session = keys.pseudonym(ready.sessionId());
            writer.submit(() -> new StoredTranscript(ready.at(), session, redactor.scrub(ready.message()),
                    redactor.scrub(ready.answer())));
        }
    }
}
