package org.salus.assistant.audit;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/** Publishes how many audit rows were written and how many were dropped (queue full or database down). */
@Component
class AuditMeters implements MeterBinder {

    private final AuditWriter writer;

    AuditMeters(AuditWriter writer) {
        this.writer = writer;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("salus.audit.rows.written", writer, AuditWriter::written)
                .description("Audit rows written (turns, images, transcripts)").register(registry);
        FunctionCounter.builder("salus.audit.rows.failed", writer, AuditWriter::failed)
                .description("Audit row writes that failed (database away) and were kept to be retried").register(registry);
        FunctionCounter.builder("salus.audit.rows.dropped", writer, AuditWriter::dropped)
                .description("Audit rows dropped because the queue was full or the database failed").register(registry);
    }
}
