package org.salus.assistant.kb;

import java.io.IOException;
import org.salus.assistant.cluster.IndexReplica;
import org.salus.assistant.config.SalusProperties;
import org.salus.kb.index.CollectionStore;
import org.salus.kb.index.IngestReport;
import org.salus.kb.index.Ingestor;
import org.salus.kb.ingest.ImportResult;
import org.salus.kb.ingest.StarterCorpus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * On first start, indexes the built-in demo corpus into the serving collection so a fresh install can answer;
 * it runs while the context starts, before the server accepts requests.
 */
@Component
class StarterCorpusLoader implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(StarterCorpusLoader.class);

    private final SalusProperties properties;
    private final CollectionStore store;
    private final Ingestor ingestor;
    private final IngestMeters meters;

    StarterCorpusLoader(SalusProperties properties, CollectionStore store, Ingestor ingestor, IngestMeters meters,
                        ObjectProvider<IndexReplica> replica) {
        // In cluster mode the published generation is restored first; the starter corpus only fills a cluster with none.
        replica.ifAvailable(r -> { });
        this.properties = properties;
        this.store = store;
        this.ingestor = ingestor;
        this.meters = meters;
    }

    @Override
    public void afterPropertiesSet() throws IOException {
        String collection = properties.corpus().collection();
        if (!properties.corpus().starterWhenEmpty() || store.current(collection).isPresent()) {
            return;
        }
        ImportResult starter = StarterCorpus.load();
        starter.problems().forEach(p -> log.warn("starter corpus: {}", p));
        log.info("First start: indexing the built-in starter corpus ({} documents) into collection '{}'",
                starter.documents().size(), collection);
        IngestReport report = ingestor.ingest(collection, starter.documents(), false, meters);
        log.info("Starter corpus ready: {} documents, {} passages in {} ms", report.totalDocuments(),
                report.totalPassages(), report.took().toMillis());
    }
}
