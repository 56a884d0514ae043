package org.salus.assistant.rag;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Optional;
import java.util.function.Supplier;
import org.salus.assistant.config.SalusProperties;
import org.salus.assistant.llm.LlmModels;
import org.salus.assistant.llm.SystemPromptCanary;
import org.salus.kb.search.CollectionSearcher;
import org.salus.kb.search.Library;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the pipeline's stages for the serving collection and the configured composer. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RagProperties.class)
class RagConfiguration {

    @Bean
    RagPipeline ragPipeline(Library library, SalusProperties properties, RagProperties rag,
                            LlmModels llm, SystemPromptCanary systemPromptCanary, CorpusTextFilter corpusFilter,
                            MeterRegistry meters) {
        Supplier<Optional<CollectionSearcher>> collection = () -> library.collection(properties.corpus().collection());
        String canary = systemPromptCanary.value();
        Optional<LlmComposer> composer = llm.chatModel()
                .map(m -> new LlmComposer(m, llm.provider(), llm.modelName(), canary, corpusFilter::neutraliseCorpusText));
        Optional<StreamingLlmComposer> streaming = llm.streamingModel().flatMap(m -> composer.map(c ->
                new StreamingLlmComposer(m, c, llm.provider(), llm.modelName(), canary, llm.properties().timeout())));
        return new RagPipeline(
                new DefaultQueryTransformer(library.embedder(), collection),
                new TimedRetriever(new LibraryRetriever(collection), Timer.builder("salus.retrieval.latency")
                        .description("Time to retrieve candidate passages from the serving collection")
                        .publishPercentileHistogram().register(meters)),
                new RelevantEvidenceAggregator(properties.chat().evidencePassages(), rag.relevance()),
                extractiveComposer(properties),
                composer, streaming,
                new OverlapVerifier(library.embedder(), rag.grounding()),
                Counter.builder("salus.llm.fallbacks")
                        .description("Answers the extractive composer wrote because the LLM's draft had nothing verified")
                        .register(meters));
    }

    /** The LLM-free composer as serving configures it (shared with the answer-quality benchmark). */
    static ExtractiveComposer extractiveComposer(SalusProperties properties) {
        return new ExtractiveComposer(properties.chat().answerSentences(), 120);
    }
}
