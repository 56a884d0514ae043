package org.salus.assistant.cluster;

import javax.sql.DataSource;
import org.salus.kb.index.CollectionStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Binds and validates {@code salus.cluster.*}; chooses how periodic jobs are shared (alone, or through PostgreSQL)
 * and, in cluster mode, restores the published index generation before anything serves from it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClusterProperties.class)
class ClusterConfiguration {

    @Bean
    ClusterJobs clusterJobs(ClusterProperties cluster, ObjectProvider<JdbcTemplate> jdbc) {
        return cluster.enabled() ? new SharedJobs(jdbc.getObject()) : ClusterJobs.alone();
    }

    @Bean
    @ConditionalOnProperty(name = "salus.cluster.enabled", havingValue = "true")
    IndexReplica indexReplica(DataSource dataSource, CollectionStore store, ClusterProperties cluster) {
        IndexReplica replica = new IndexReplica(dataSource, store, cluster.pollInterval());
        replica.sync();
        return replica;
    }
}
