package org.salus.assistant.rag;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The grounding, relevance and fusion thresholds of answering from the corpus ({@code salus.rag}), in one validated
 * place so that changing one is a configuration change, not a code change.
 */
@Validated
@ConfigurationProperties("salus.rag")
public record RagProperties(
        @Valid @DefaultValue Grounding grounding,
        @Valid @DefaultValue Relevance relevance,
        @Valid @DefaultValue Fusion fusion,
        @Valid @DefaultValue Similarity similarity) {

    /**
     * When a composed sentence counts as supported by the passages it cites: the share of its content terms found
     * there, or else the cosine of its embedding to one of theirs.
     */
    public record Grounding(
            @DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.6") double minTermSupport,
            @DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.85") double minCosine) {}

    /**
     * How candidates are re-ranked by the question terms they cover, how many one document may give, and when the
     * best of them bears on the question at all.
     */
    public record Relevance(
            @DecimalMin("0.0") @DecimalMax("10.0") @DefaultValue("0.5") double coverageWeight,
            @DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.80") double closeCosine,
            @DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.5") double minCoverage,
            @DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.6") double sharedTermCosine,
            @Min(1) @Max(20) @DefaultValue("2") int perDocument) {}

    /** The constant k of reciprocal-rank fusion, which merges the rankings of the slower modes. */
    public record Fusion(@Min(1) @Max(1000) @DefaultValue("60") int k) {}

    /** Term overlap (Jaccard) at which two sentences say the same thing: one claim, or a repeated sentence. */
    public record Similarity(
            @DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.6") double sameClaim,
            @DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.6") double repeat) {}
}
