package org.salus.assistant.kb;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.concurrent.atomic.AtomicInteger;
import org.salus.assistant.config.SalusProperties;
import org.salus.kb.index.CollectionStore;
import org.salus.kb.index.IngestProgress;
import org.springframework.stereotype.Component;

/**
 * Publishes the progress of an ingest this server runs (documents and passages done out of the total) and the size of
 * the serving index generation, so a dashboard shows a build advancing and what is being served.
 */
@Component
class IngestMeters implements MeterBinder, IngestProgress {

    private final AtomicInteger documentsDone = new AtomicInteger();
    private final AtomicInteger documentsTotal = new AtomicInteger();
    private final AtomicInteger passagesDone = new AtomicInteger();
    private final CollectionStore store;
    private final String collection;

    IngestMeters(CollectionStore store, SalusProperties properties) {
        this.store = store;
        this.collection = properties.corpus().collection();
    }

    @Override
    public void update(int docsDone, int docsTotal, int passages, long elapsedNanos) {
        documentsDone.set(docsDone);
        documentsTotal.set(docsTotal);
        passagesDone.set(passages);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("salus.ingest.documents.done", documentsDone, AtomicInteger::get)
                .description("Documents indexed so far by the running or last ingest").register(registry);
        Gauge.builder("salus.ingest.documents.total", documentsTotal, AtomicInteger::get)
                .description("Documents the running or last ingest has to index").register(registry);
        Gauge.builder("salus.ingest.passages.done", passagesDone, AtomicInteger::get)
                .description("Passages indexed so far by the running or last ingest").register(registry);
        Gauge.builder("salus.index.documents", this, m -> m.served(true))
                .description("Documents in the serving index generation").register(registry);
        Gauge.builder("salus.index.passages", this, m -> m.served(false))
                .description("Passages in the serving index generation").register(registry);
    }

    private double served(boolean documents) {
        return store.manifest(collection)
                .map(m -> (double) (documents ? m.documents() : m.passages()))
                .orElse(0.0);
    }
}
