package org.salus.assistant.privacy;

import java.nio.file.Path;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;

/**
 * Defaults that keep state in the data directory and out of logs unless the operator configures otherwise: the
 * datasource is an embedded H2 file database there, and Tomcat's access log (off unless enabled) goes there too and
 * records neither paths (a session id can be one) nor query strings.
 */
public class PrivacyDefaults implements EnvironmentPostProcessor {

    static final String ACCESS_LOG_PATTERN = "%{yyyy-MM-dd'T'HH:mm:ss.SSSXXX}t \"%m\" %s %b %{ms}Tms";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new Defaults(environment));
    }

    /** File database with H2's own trace file off, so no SQL text is ever written beside it. */
    public static String h2Url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("audit").resolve("salus")
                + ";TRACE_LEVEL_FILE=0;DB_CLOSE_ON_EXIT=FALSE";
    }

    /** Resolved at lookup time (last in precedence), so a data directory set by any later source is honoured. */
    private static final class Defaults extends PropertySource<Object> {

        private final ConfigurableEnvironment environment;

        /** The source object is not the environment itself: Boot would expand it and recurse without end. */
        Defaults(ConfigurableEnvironment environment) {
            super("salusPrivacyDefaults", new Object());
            this.environment = environment;
        }

        @Override
        public Object getProperty(String name) {
            return switch (name) {
                case "spring.datasource.url" -> h2Url(dataDir());
                case "spring.datasource.username" -> embedded() ? "sa" : null;
                case "spring.datasource.password" -> embedded() ? "" : null;
                case "server.tomcat.accesslog.pattern" -> ACCESS_LOG_PATTERN;
                case "server.tomcat.accesslog.directory" -> dataDir().resolve("logs").toString();
                default -> null;
            };
        }

        private Path dataDir() {
            return Path.of(environment.getProperty("salus.data-dir", "./data")).toAbsolutePath().normalize();
        }

        private boolean embedded() {
            return String.valueOf(environment.getProperty("spring.datasource.url")).startsWith("jdbc:h2:");
        }
    }
}
