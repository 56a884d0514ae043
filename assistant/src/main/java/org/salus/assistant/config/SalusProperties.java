package org.salus.assistant.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** Everything an operator can set about Salus, validated at startup; the defaults run with no network. */
@Validated
@ConfigurationProperties("salus")
public record SalusProperties(
        @NotNull @DefaultValue("./data") Path dataDir,
        @NotBlank @DefaultValue("US") String region,
        @Valid @DefaultValue Chat chat,
        @Valid @DefaultValue Retrieval retrieval,
        @Valid @DefaultValue Corpus corpus) {

    /** Limits of the chat API; turns past {@code maxConcurrentTurns} (all channels, streams included) get 503 at once. */
    public record Chat(
            @Min(4000) @Max(100_000) @DefaultValue("4000") int maxMessageChars,
            @Min(1) @Max(20) @DefaultValue("6") int evidencePassages,
            @Min(1) @Max(12) @DefaultValue("5") int answerSentences,
            @Min(1) @Max(10_000) @DefaultValue("32") int maxConcurrentTurns) {}

    /**
     * Hybrid retrieval: the embedding model, the lexical share of the fused score, an optional clinic synonym list,
     * how many recent query embeddings are kept in memory (keyed by hash; 0 turns the cache off), and the BM25 margin
     * (best score's lead over the second, relative to the best) from which dense retrieval is skipped (0: never).
     */
    public record Retrieval(
            @Pattern(regexp = "bge-small|none") @DefaultValue("bge-small") String embedding,
            @DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.5") double lexicalWeight,
            Path synonymsFile,
            @Min(1) @Max(1000) @DefaultValue("100") int depth,
            @Min(0) @Max(1_000_000) @DefaultValue("10000") int queryCache,
            @DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0") double skipDenseAt) {}

    /** The collection chat answers from, and whether the built-in starter corpus is ingested when it is empty. */
    public record Corpus(
            @Pattern(regexp = "[a-z0-9][a-z0-9_-]{0,63}") @DefaultValue("default") String collection,
            @DefaultValue("true") boolean starterWhenEmpty) {}
}
