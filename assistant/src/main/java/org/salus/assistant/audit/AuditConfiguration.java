package org.salus.assistant.audit;

import java.time.Clock;
import org.salus.assistant.config.SalusProperties;
import org.salus.assistant.privacy.PrivacyProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Wires the audit trail: the session key file in the data directory, the clock, and the retention schedule. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AuditConfiguration {

    @Bean
    SessionKeys sessionKeys(SalusProperties salus) {
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
