package org.salus.assistant.audit;

import org.salus.assistant.image.ImageProcessed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records every image a request carried, under the same session pseudonym as its turn; content-free. */
@Component
class ImageAuditor {

    private final SessionKeys keys;
    private final AuditWriter writer;

    ImageAuditor(SessionKeys keys, AuditWriter writer) {
        this.keys = keys;
        this.writer = writer;
    }

    @EventListener
    void on(ImageProcessed image) {
        writer.submit(ImageAuditRecord.of(image, keys.pseudonym(image.sessionId())));
    }
}
