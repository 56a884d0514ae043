package org.salus.assistant.ops;

import org.salus.assistant.config.SalusProperties;
import org.salus.kb.search.Library;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Up only while an index generation of the serving collection is loaded, so {@code /readyz} waits for one. */
@Component("index")
class IndexGenerationHealth implements HealthIndicator {

    private final Library library;
    private final String collection;

    IndexGenerationHealth(Library library, SalusProperties properties) {
        this.library = library;
        this.collection = properties.corpus().collection();
    }

    @Override
    public Health health() {
        return library.store().current(collection)
                .filter(generation -> library.collection(collection).isPresent())
                .map(generation -> Health.up().withDetail("collection", collection)
                        .withDetail("generation", generation.getFileName().toString()).build())
                .orElseGet(() -> Health.outOfService().withDetail("collection", collection)
                        .withDetail("reason", "no index generation loaded").build());
    }
}
