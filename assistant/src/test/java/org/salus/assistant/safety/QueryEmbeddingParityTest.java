package org.salus.assistant.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.salus.guardrails.learn.BgeQueryEmbedder;
import org.salus.kb.embed.Embedder;

/**
 * The guardrails' learned heads were trained on {@link BgeQueryEmbedder}'s vectors and the app lends them the
 * retrieval embedding instead: the two must be the same vector, or the heads would read noise.
 */
class QueryEmbeddingParityTest {

    @Test
    void theRetrievalQueryEmbeddingIsTheOneTheHeadsWereTrainedOn() {
        String message = "My dad's lips look a bit grey and he can't catch his breath";
        float[] retrieval = Embedder.bgeSmall().query(message);
        float[] trained = new BgeQueryEmbedder().embed(message);
        assertThat(retrieval).hasSameSizeAs(trained);
        double dot = 0;
        double a = 0;
        double b = 0;
        for (int i = 0; i < trained.length; i++) {
            dot += retrieval[i] * trained[i];
            a += retrieval[i] * retrieval[i];
            b += trained[i] * trained[i];
        }
        assertThat(dot / Math.sqrt(a * b)).isGreaterThan(0.9999);
    }
}
