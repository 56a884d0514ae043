package org.salus.assistant.kb;

import org.salus.assistant.config.SalusProperties;
import org.salus.kb.index.Chunker;
import org.salus.kb.index.CollectionStore;
import org.salus.kb.index.Ingestor;
import org.salus.kb.embed.Embedder;
import org.salus.kb.search.Library;
import org.salus.kb.search.ReviewOverrides;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Opens the knowledge base under the data directory with the configured embedding (bounded by
 * {@code salus.embedding.*}) and synonym lists, its searchers applying the review decisions stored since indexing.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EmbeddingProperties.class)
class KnowledgeBaseConfiguration {

    @Bean
    CollectionStore collectionStore(SalusProperties properties) {
        return new CollectionStore(properties.dataDir());
    }

    @Bean
    Embedder embedder(SalusProperties properties, EmbeddingProperties limits) {
        return KnowledgeBaseFactory.bounded(KnowledgeBaseFactory.embedder(properties.retrieval().embedding()), limits)
                .withQueryCache(properties.retrieval().queryCache());
    }

    @Bean(destroyMethod = "close")
    Library library(CollectionStore store, Embedder embedder, SalusProperties properties,
                    ObjectProvider<ReviewOverrides> overrides) {
        return KnowledgeBaseFactory.library(store, embedder, properties.retrieval(),
                overrides.getIfAvailable(() -> ReviewOverrides.NONE));
    }

    @Bean
    Ingestor ingestor(CollectionStore store, Embedder embedder) {
        return new Ingestor(store, embedder, Chunker.standard());
    }
}
