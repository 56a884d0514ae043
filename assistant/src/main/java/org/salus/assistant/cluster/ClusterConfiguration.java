package org.salus.assistant.cluster;

import javax.sql.DataSource;
import org.salus.assistant.config.SalusProperties;
import org.salus.kb.index.CollectionStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Binds and validates {@code salus.cluster.*}; chooses how periodic jobs are shared (alone, or through PostgreSQL)
 * and, in cluster mode, restores the published index generation before anything serves from it and names the
 * instance and its generation on every response.
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
    FilterRegistrationBean<InstanceHeaders> instanceHeaders(CollectionStore store, SalusProperties salus, ClusterProperties cluster) {
        FilterRegistrationBean<InstanceHeaders> registration = new FilterRegistrationBean<>(
                new InstanceHeaders(store, salus.corpus().collection(), cluster.instanceId()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Restores only once Flyway has created the tables, even in a cluster where no ingest has run yet. */
    @Bean
    @DependsOnDatabaseInitialization
    @ConditionalOnProperty(name = "salus.cluster.enabled", havingValue = "true")
    IndexReplica indexReplica(DataSource dataSource, CollectionStore store, ClusterProperties cluster) {
        IndexReplica replica = new IndexReplica(dataSource, store, cluster.pollInterval());
        replica.sync();
        return replica;
    }
}
