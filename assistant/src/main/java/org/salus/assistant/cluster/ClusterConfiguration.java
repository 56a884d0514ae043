package org.salus.assistant.cluster;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Binds and validates {@code salus.cluster.*}, and chooses how periodic jobs are shared: alone, or through PostgreSQL. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClusterProperties.class)
class ClusterConfiguration {

    @Bean
    ClusterJobs clusterJobs(ClusterProperties cluster, org.springframework.beans.factory.ObjectProvider<JdbcTemplate> jdbc) {
        return cluster.enabled() ? new SharedJobs(jdbc.getObject()) : ClusterJobs.alone();
    }
}
