package org.salus.assistant.cluster;

import jakarta.validation.constraints.AssertTrue;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Cluster mode ({@code SALUS_CLUSTER_ENABLED=true}): several instances share one PostgreSQL, which holds every piece of
 * state that used to live in one instance's data directory; {@code secret} (at least 32 characters, the same on every
 * instance) derives the session keys, so the database alone cannot turn a session id into its pseudonym.
 */
@Validated
@ConfigurationProperties("salus.cluster")
public record ClusterProperties(
        @DefaultValue("false") boolean enabled,
        String secret,
        @DefaultValue("PT15S") Duration pollInterval,
        @DefaultValue("PT10S") Duration keyRefresh,
        String instanceId) {

    /** The smallest secret accepted: 256 bits of characters. */
    public static final int MIN_SECRET_CHARS = 32;

    @AssertTrue(message = "salus.cluster.secret (SALUS_CLUSTER_SECRET) must be set to at least 32 characters, the same on "
            + "every instance, when salus.cluster.enabled is true")
    boolean isSecretSetWhenEnabled() {
        return !enabled || (secret != null && secret.strip().length() >= MIN_SECRET_CHARS);
    }

    @AssertTrue(message = "salus.cluster.poll-interval must be between 1 second and 10 minutes")
    boolean isPollIntervalSane() {
        return pollInterval.compareTo(Duration.ofSeconds(1)) >= 0 && pollInterval.compareTo(Duration.ofMinutes(10)) <= 0;
    }
}
