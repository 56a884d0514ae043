package org.salus.guardrails;

import org.salus.guardrails.decision.*;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How the guardrails are built: default locale, optional query embedder and LLM layer, optional extra data, and the
 * secret canary that marks the system prompt so that output review can catch its disclosure.
 *
 * @param defaultRegion   region used when a turn has none, e.g. {@code US}
 * @param defaultLanguage language used when a turn has none, e.g. {@code en}
 * @param embedder        the retrieval query embedder, lent to the learned heads (without it they read text features only)
 * @param extraDataDir    a folder of extra rule files ({@code *.yaml}) merged after the built-in ones
 * @param llmClassifier   enables the LLM layer when present
 * @param systemPromptCanary a secret string the assistant embeds in its system prompt; answers containing it are withheld
 * @param learnedLayer    whether the trained heads judge too (on by default; off only to measure the rules alone)
 */
public record GuardrailSettings(String defaultRegion, String defaultLanguage, Optional<TextEmbedder> embedder,
                                Optional<Path> extraDataDir, Optional<LlmSafetyClassifier> llmClassifier,
                                Optional<String> systemPromptCanary, boolean learnedLayer) {

    public GuardrailSettings {
        defaultRegion = defaultRegion == null || defaultRegion.isBlank() ? "US" : defaultRegion;
        defaultLanguage = defaultLanguage == null || defaultLanguage.isBlank() ? "en" : defaultLanguage;
        embedder = embedder == null ? Optional.empty() : embedder;
        extraDataDir = extraDataDir == null ? Optional.empty() : extraDataDir;
        llmClassifier = llmClassifier == null ? Optional.empty() : llmClassifier;
        systemPromptCanary = systemPromptCanary == null ? Optional.empty() : systemPromptCanary;
    }

    public static GuardrailSettings defaults() {
        return new GuardrailSettings("US", "en", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                true);
    }

    public GuardrailSettings withEmbedder(TextEmbedder value) {
        return new GuardrailSettings(defaultRegion, defaultLanguage, Optional.ofNullable(value), extraDataDir,
                llmClassifier, systemPromptCanary, learnedLayer);
    }

    public GuardrailSettings withLlmClassifier(LlmSafetyClassifier value) {
        return new GuardrailSettings(defaultRegion, defaultLanguage, embedder, extraDataDir,
                Optional.ofNullable(value), systemPromptCanary, learnedLayer);
    }

    public GuardrailSettings withCanary(String value) {
        return new GuardrailSettings(defaultRegion, defaultLanguage, embedder, extraDataDir, llmClassifier,
                Optional.ofNullable(value), learnedLayer);
    }

    public GuardrailSettings withRegion(String region, String language) {
        return new GuardrailSettings(region, language, embedder, extraDataDir, llmClassifier, systemPromptCanary,
                learnedLayer);
    }

    public GuardrailSettings withExtraDataDir(Path dir) {
        return new GuardrailSettings(defaultRegion, defaultLanguage, embedder, Optional.ofNullable(dir),
                llmClassifier, systemPromptCanary, learnedLayer);
    }

    /** The rules alone, without the trained heads: for measuring what each layer adds. */
    public GuardrailSettings withoutLearnedLayer() {
        return new GuardrailSettings(defaultRegion, defaultLanguage, embedder, extraDataDir, llmClassifier,
                systemPromptCanary, false);
    }
}
