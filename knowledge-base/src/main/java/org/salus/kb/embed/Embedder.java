package org.salus.kb.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The in-process embedding model and how Salus talks to it (query instruction, batching), so the index and the
 * query side always embed the same way.
 */
public final class Embedder {

    private static final String BGE_QUERY_PREFIX = "Represent this sentence for searching relevant passages: ";

    private final EmbeddingModel model;
    private final String name;
    private final String queryPrefix;
    private final QueryCache cache;

    public Embedder(EmbeddingModel model, String name, String queryPrefix) {
        this(model, name, queryPrefix, QueryCache.of(0));
    }

    private Embedder(EmbeddingModel model, String name, String queryPrefix, QueryCache cache) {
        this.model = model;
        this.name = name;
        this.queryPrefix = queryPrefix == null ? "" : queryPrefix;
        this.cache = cache;
    }

    /** BGE-small-en v1.5, quantised, running in process through ONNX Runtime; needs no network. */
    public static Embedder bgeSmall() {
        return new Embedder(new BgeSmallModel(), "bge-small-en-v1.5-q", BGE_QUERY_PREFIX);
    }

    /**
     * The same model, remembering the vectors of up to {@code entries} recent queries (keyed by a hash of the text,
     * never the text itself) so a repeated question skips the model; 0 turns the cache off.
     */
    public Embedder withQueryCache(int entries) {
        return new Embedder(model, name, queryPrefix, QueryCache.of(entries));
    }

    /** The same embedder over {@code wrap} of its model (e.g. to count the model's calls in a benchmark). */
    public Embedder wrapping(java.util.function.UnaryOperator<EmbeddingModel> wrap) {
        return model == null ? this : new Embedder(wrap.apply(model), name, queryPrefix, cache);
    }

    /** No embeddings: lexical retrieval only. */
    public static Embedder none() {
        return new Embedder(null, "none", "");
    }

    public boolean enabled() {
        return model != null;
    }

    public String name() {
        return name;
    }

    public Optional<EmbeddingModel> model() {
        return Optional.ofNullable(model);
    }

    public float[] query(String text) {
        if (model == null) {
            return null;
        }
        return cache.get(queryPrefix + text, t -> model.embed(t).content().vector());
    }

    /** Embeds a passage as it is stored (no instruction prefix). */
    public float[] passage(String text) {
        return model == null ? null : model.embed(text).content().vector();
    }

    public List<float[]> passages(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        if (model == null) {
            texts.forEach(t -> vectors.add(null));
            return vectors;
        }
        List<Embedding> embeddings = model.embedAll(texts.stream().map(TextSegment::from).toList()).content();
        embeddings.forEach(e -> vectors.add(e.vector()));
        return vectors;
    }
}
