package org.salus.kb;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.salus.kb.embed.Embedder;

/**
 * A deterministic bag-of-words embedding for tests that need vectors but not meaning: it counts what it
 * embeds and can be slowed down to keep a build running long enough to interrupt.
 */
public final class HashingEmbeddingModel implements EmbeddingModel {

    public static final String NAME = "test-hash";
    private static final int DIMENSION = 32;

    private final long delayMillisPerCall;
    private final AtomicInteger embedded = new AtomicInteger();

    public HashingEmbeddingModel(long delayMillisPerCall) {
        this.delayMillisPerCall = delayMillisPerCall;
    }

    public static Embedder embedder(HashingEmbeddingModel model) {
        return new Embedder(model, NAME, "");
    }

    public int embedded() {
        return embedded.get();
    }

    @Override
    public Response<Embedding> embed(String text) {
        return Response.from(Embedding.from(vector(text)));
    }

    @Override
    public Response<Embedding> embed(TextSegment segment) {
        return embed(segment.text());
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        if (delayMillisPerCall > 0) {
            try {
                Thread.sleep(delayMillisPerCall);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        embedded.addAndGet(segments.size());
        return Response.from(segments.stream().map(s -> Embedding.from(vector(s.text()))).toList());
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    private static float[] vector(String text) {
        float[] v = new float[DIMENSION];
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                v[Math.floorMod(word.hashCode(), DIMENSION)] += 1f;
            }
        }
        v[0] += 0.01f;
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        for (int i = 0; i < v.length; i++) {
            v[i] /= (float) Math.sqrt(norm);
        }
        return v;
    }
}
