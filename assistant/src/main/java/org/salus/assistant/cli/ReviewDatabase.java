package org.salus.assistant.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.salus.assistant.privacy.PrivacyDefaults;
import org.salus.assistant.review.ReviewStore;
import org.salus.assistant.review.StoredDecisions;
import org.salus.kb.search.ReviewOverrides;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The database the server uses, opened the same way for the command line: {@code SPRING_DATASOURCE_URL} (with its user
 * and password) when set, else the embedded H2 file in the data directory, migrated to the current schema.
 */
final class ReviewDatabase {

    private ReviewDatabase() {
    }

    /** The migrated database, or why it cannot be opened in words an operator can act on. */
    static Opened open(Path dataDir) {
        String url = Optional.ofNullable(System.getenv("SPRING_DATASOURCE_URL")).filter(u -> !u.isBlank())
                .orElse(PrivacyDefaults.h2Url(dataDir));
        boolean embedded = url.startsWith("jdbc:h2:");
        DriverManagerDataSource source = new DriverManagerDataSource(url,
                embedded ? "sa" : System.getenv("SPRING_DATASOURCE_USERNAME"),
                embedded ? "" : System.getenv("SPRING_DATASOURCE_PASSWORD"));
        try {
            Flyway.configure().dataSource(source).locations("classpath:db/migration").load().migrate();
            return new Opened(new JdbcTemplate(source), null);
        } catch (RuntimeException e) {
            return new Opened(null, embedded && inUse(e)
                    ? "The embedded database in " + dataDir + " is in use by a running Salus server. Review on its page"
                            + " (/review.html) or stop the server first; with PostgreSQL (SPRING_DATASOURCE_URL) both can"
                            + " run at once."
                    : "Cannot open the database (" + e.getClass().getSimpleName() + "); check SPRING_DATASOURCE_URL and"
                            + " its credentials.");
        }
    }

    /**
     * The stored review decisions for a search from the command line, when there is a database to read them from
     * (none is created for a data directory that has none); without them, the indexed review alone decides.
     */
    static ReviewOverrides decisionsIfAny(Path dataDir) {
        boolean configured = Optional.ofNullable(System.getenv("SPRING_DATASOURCE_URL")).filter(u -> !u.isBlank()).isPresent();
        if (!configured && !Files.exists(dataDir.resolve("audit").resolve("salus.mv.db"))) {
            return ReviewOverrides.NONE;
        }
        Opened db = open(dataDir);
        if (db.problem() != null) {
            System.err.println("Review decisions are not applied to this search: " + db.problem());
            return ReviewOverrides.NONE;
        }
        return new StoredDecisions(new ReviewStore(db.jdbc()));
    }

    private static boolean inUse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("already in use")) {
                return true;
            }
        }
        return false;
    }

    /** An open database, or the reason there is none. */
    record Opened(JdbcTemplate jdbc, String problem) {}
}
