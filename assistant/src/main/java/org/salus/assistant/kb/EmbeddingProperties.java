package org.salus.assistant.kb;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many texts the in-process embedding model embeds at once for requests (queries, and the verifier's sentences):
 * it is CPU-bound, so past {@code maxConcurrent} a request waits at most {@code maxWait} and is then refused with 503
 * rather than joining a queue that grows with the load. Ingest batches are not counted.
 *
 * @param maxConcurrent embeddings computed at once
 * @param maxWait how long one waits for a free slot before its request is refused
 */
@Validated
@ConfigurationProperties("salus.embedding")
public record EmbeddingProperties(
        @Min(1) @Max(256) @DefaultValue("4") int maxConcurrent,
        @NotNull @DefaultValue("250ms") Duration maxWait) {

    public EmbeddingProperties {
        if (maxWait != null && (maxWait.isNegative() || maxWait.toSeconds() > 10)) {
            throw new IllegalArgumentException("salus.embedding.max-wait must be between 0 and 10 seconds");
        }
    }
}
