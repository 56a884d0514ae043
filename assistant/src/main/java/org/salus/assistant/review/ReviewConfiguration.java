package org.salus.assistant.review;

import java.time.Clock;
import org.salus.assistant.config.SalusProperties;
import org.salus.kb.search.Library;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Wires the review workflow: its tables, the stored decisions the knowledge base's searchers apply, the citation
 * counts, and the desk the reviewer page works through.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReviewProperties.class)
class ReviewConfiguration {

    @Bean
    ReviewStore reviewStore(JdbcTemplate jdbc) {
        return new ReviewStore(jdbc);
    }

    @Bean
    StoredDecisions storedDecisions(ReviewStore store) {
        return new StoredDecisions(store);
    }

    @Bean(destroyMethod = "close")
    CitationCounts citationCounts(ReviewStore store) {
        return new CitationCounts(store);
    }

    @Bean
    ReviewDesk reviewDesk(Library library, SalusProperties salus, ReviewStore store, StoredDecisions decisions,
                          CitationCounts citations, ReviewProperties properties) {
        return new ReviewDesk(library, salus.corpus().collection(), store, decisions, citations::counts,
                properties.validity(), Clock.systemDefaultZone());
    }
}
