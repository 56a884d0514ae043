package org.salus.assistant.privacy;

import java.nio.file.Path;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;

/**
 * Points the datasource at an embedded H2 file database under the data directory unless the operator configured
 * one ({@code spring.datasource.url}), so all state stays in one place by default.
 */
public class AuditDatabaseDefaults implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new Defaults(environment));
    }

    /** File database with H2's own trace file off, so no SQL text is ever written beside it. */
    static String h2Url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("audit").resolve("salus")
                + ";TRACE_LEVEL_FILE=0;DB_CLOSE_ON_EXIT=FALSE";
    }

    /** Resolved at lookup time (last in precedence), so a data directory set by any later source is honoured. */
    private static final class Defaults extends PropertySource<Object> {

        private final ConfigurableEnvironment environment;

        /** The source object is not the environment itself: Boot would expand it and recurse without end. */
        Defaults(ConfigurableEnvironment environment) {
            super("salusAuditDatabase", new Object());
            this.environment = environment;
        }

        @Override
        public Object getProperty(String name) {
            return switch (name) {
                case "spring.datasource.url" -> h2Url(Path.of(environment.getProperty("salus.data-dir", "./data")));
                case "spring.datasource.username" -> embedded() ? "sa" : null;
                case "spring.datasource.password" -> embedded() ? "" : null;
                default -> null;
            };
        }

        private boolean embedded() {
            return String.valueOf(environment.getProperty("spring.datasource.url")).startsWith("jdbc:h2:");
        }
    }
}
