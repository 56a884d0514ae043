package org.salus.guardrails.learn;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.List;
import org.salus.guardrails.decision.TextEmbedder;

/**
 * The query embedding the assistant computes for retrieval (BGE-small-en v1.5 quantised, with BGE's query
 * instruction), for the trainer, the evaluation and tests; the assistant lends its own instance instead.
 */
public final class BgeQueryEmbedder implements TextEmbedder {

    /** Must equal the knowledge base's query prefix: the heads are trained on exactly what retrieval computes. */
    public static final String QUERY_PREFIX = "Represent this sentence for searching relevant passages: ";
    public static final String NAME = "bge-small-en-v1.5-q+query";

    private final EmbeddingModel model = new BgeSmallEnV15QuantizedEmbeddingModel();

    @Override
    public float[] embed(String text) {
        return model.embed(QUERY_PREFIX + text).content().vector();
    }

    public List<float[]> embedAll(List<String> texts) {
        List<TextSegment> segments = texts.stream().map(t -> TextSegment.from(QUERY_PREFIX + t)).toList();
        return model.embedAll(segments).content().stream().map(e -> e.vector()).toList();
    }
}
