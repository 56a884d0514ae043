package org.salus.assistant.kb;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** An embedding model whose calls can be held open (as a slow CPU would hold them), counting the calls it is in. */
final class HeldEmbeddingModel implements EmbeddingModel {

    static final int DIMENSION = 384;

    private volatile CountDownLatch release = new CountDownLatch(0);
    final AtomicInteger inside = new AtomicInteger();

    /** From now on every call waits until {@link #release()}. */
    void hold() {
        release = new CountDownLatch(1);
    }

    void release() {
        release.countDown();
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        inside.incrementAndGet();
        try {
            if (!release.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("held for 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        } finally {
            inside.decrementAndGet();
        }
        List<Embedding> out = new ArrayList<>();
        for (TextSegment segment : segments) {
            float[] vector = new float[DIMENSION];
            vector[Math.floorMod(segment.text().hashCode(), DIMENSION)] = 1f;
            out.add(Embedding.from(vector));
        }
        return Response.from(out);
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }
}
