package org.salus.assistant.audit;

import java.time.Clock;
import org.salus.assistant.cluster.ClusterProperties;
import org.salus.assistant.config.SalusProperties;
import org.salus.assistant.privacy.PrivacyProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the audit trail: the session keys (a file in the data directory, or the database in cluster mode), the clock, and the retention schedule. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AuditConfiguration {

    @Bean
    SessionKeys sessionKeys(SalusProperties salus, ClusterProperties cluster, ObjectProvider<JdbcTemplate> jdbc,
                            ObjectProvider<TransactionTemplate> transactions) {
        if (cluster.enabled()) {
            return new SessionKeys(new SessionKeyTable(jdbc.getObject(), transactions.getObject(), cluster.secret()),
                    cluster.keyRefresh());
        }
        return SessionKeys.open(salus.dataDir().resolve("audit").resolve("session-keys"));
    }

    @Bean
    Clock auditClock() {
        return Clock.systemUTC();
    }

    @Bean
    AdminGuard adminGuard(PrivacyProperties privacy, org.springframework.core.env.Environment environment) {
        String token = privacy.adminToken();
        return new AdminGuard(token == null || token.isBlank() ? environment.getProperty("SALUS_ADMIN_TOKEN") : token);
    }
}
