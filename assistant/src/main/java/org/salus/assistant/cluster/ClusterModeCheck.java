package org.salus.assistant.cluster;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start cluster mode on anything but PostgreSQL before a datasource, a migration or a port exists, so a
 * misconfigured replica stops with one clear sentence instead of quietly keeping its own island of state.
 */
public class ClusterModeCheck implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean enabled = Binder.get(environment).bind("salus.cluster.enabled", Boolean.class).orElse(false);
        if (!enabled) {
            return;
        }
        // No URL means the embedded H2 default (privacy.PrivacyDefaults) applies.
        String problem = ClusterDatabase.problem(environment.getProperty("spring.datasource.url"));
        if (problem != null) {
            throw new ClusterMisconfigured(problem);
        }
    }

    /** Cluster mode was asked for on a database that cannot hold a cluster's shared state. */
    public static final class ClusterMisconfigured extends IllegalStateException {
        ClusterMisconfigured(String message) {
            super(message);
        }
    }
}
