package org.salus.assistant.kb;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The embedding model with a bound on the single texts it embeds at once (what requests ask for: a query, a sentence
 * to verify); a caller waits at most {@code maxWait} for a slot and then gets {@link EmbeddingBusy}. Batches (ingest)
 * pass unbounded, as they are not request work.
 */
final class BoundedEmbeddingModel implements EmbeddingModel {

    private final EmbeddingModel model;
    private final Semaphore slots;
    private final long maxWaitNanos;

    BoundedEmbeddingModel(EmbeddingModel model, int maxConcurrent, Duration maxWait) {
        this.model = model;
        this.slots = new Semaphore(maxConcurrent);
        this.maxWaitNanos = maxWait.toNanos();
    }

    @Override
    public Response<Embedding> embed(String text) {
        return bounded(() -> model.embed(text));
    }

    @Override
    public Response<Embedding> embed(TextSegment segment) {
        return bounded(() -> model.embed(segment));
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        return model.embedAll(segments);
    }

    @Override
    public int dimension() {
        return model.dimension();
    }

    @Override
    public String modelName() {
        return model.modelName();
    }

    int free() {
        return slots.availablePermits();
    }

    private <T> T bounded(Supplier<T> work) {
        try {
            if (!slots.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS)) {
                throw new EmbeddingBusy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddingBusy();
        }
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }
}
