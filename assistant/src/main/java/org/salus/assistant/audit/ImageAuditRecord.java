package org.salus.assistant.audit;

import java.time.Instant;
import org.salus.assistant.image.ImageProcessed;

/**
 * One image as the audit trail keeps it: when, under which session pseudonym, how it was read, the outcome and how
 * long it took. Text fields are reduced to short codes like those of {@link AuditRecord}.
 */
public record ImageAuditRecord(Instant at, String sessionHash, String keyId, String reader, String outcome, long latencyMs) {

    static ImageAuditRecord of(ImageProcessed image, Pseudonym session) {
        return new ImageAuditRecord(image.at(), session == null ? null : session.hash(),
                session == null ? null : session.keyId(), AuditRecord.code(image.reader(), 32),
                AuditRecord.code(image.outcome(), 32), image.latencyMs());
    }
}
