package org.salus.guardrails.learn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import org.salus.guardrails.decision.TextEmbedder;

/**
 * The query embedder with its vectors kept in a file between runs, for re-running evaluations quickly while
 * developing; timings measured through it are meaningless, and the app never uses it.
 */
public final class CachingEmbedder implements TextEmbedder {

    private final BgeQueryEmbedder model = new BgeQueryEmbedder();
    private final EmbeddingCache cache;

    public CachingEmbedder(Path file) {
        try {
            this.cache = new EmbeddingCache(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized float[] embed(String text) {
        float[] v = cache.get(text);
        if (v == null) {
            v = model.embed(text);
            try {
                cache.putAll(Map.of(text, v));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return v;
    }
}
