package org.salus.assistant.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.salus.kb.ReviewStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The review workflow's tables on a real PostgreSQL server (the one {@code .ci/run} starts), in a schema of its own
 * that is dropped afterwards: the migration, decisions with their generated ids, kept texts and citation counts.
 */
@EnabledIfEnvironmentVariable(named = "SALUS_TEST_PG_URL", matches = "jdbc:postgresql:.+",
        disabledReason = "no PostgreSQL server: set SALUS_TEST_PG_URL (and _USER, _PASSWORD), as .ci/run does")
class ReviewStorePostgresIT {

    private static final String SCHEMA = "review_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    private static JdbcTemplate migrated() {
        String url = System.getenv("SALUS_TEST_PG_URL");
        var source = new DriverManagerDataSource(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA,
                System.getenv("SALUS_TEST_PG_USER"), System.getenv("SALUS_TEST_PG_PASSWORD"));
        Flyway.configure().dataSource(source).schemas(SCHEMA).locations("classpath:db/migration").load().migrate();
        return new JdbcTemplate(source);
    }

    @AfterAll
    static void dropSchema() throws Exception {
        try (var c = DriverManager.getConnection(System.getenv("SALUS_TEST_PG_URL"), System.getenv("SALUS_TEST_PG_USER"),
                System.getenv("SALUS_TEST_PG_PASSWORD")); var s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    @Test
    void storesDecisionsTextsAndCountsAndAppliesTheHoldingOne() {
        ReviewStore store = new ReviewStore(migrated());
        StoredDecisions decisions = new StoredDecisions(store);
        assertThat(decisions.revision()).isZero();
        LocalDate until = LocalDate.now().plusYears(1);

        ReviewDecision first = store.insert(new ReviewDecision(0, Instant.parse("2026-12-07T09:00:00Z"), "default",
                "doc-a", "v1", Decision.APPROVED, "Dr Ada Test", "Checked", until));
        ReviewDecision second = store.insert(new ReviewDecision(0, Instant.parse("2026-12-07T10:00:00Z"), "default",
                "doc-b", "v7", Decision.RETIRED, "Dr Ada Test", "Withdrawn", null));
        decisions.reload();

        assertThat(second.id()).isGreaterThan(first.id());
        assertThat(store.all()).containsExactly(first, second);
        assertThat(decisions.revision()).isEqualTo(second.id());
        assertThat(decisions.documentIds("default")).containsExactlyInAnyOrder("doc-a", "doc-b");
        assertThat(decisions.review("default", "doc-a", "v1")).hasValueSatisfying(r -> {
            assertThat(r.status()).isEqualTo(ReviewStatus.APPROVED);
            assertThat(r.expiresOn()).isEqualTo(until);
        });
        assertThat(decisions.review("default", "doc-a", "v2")).isEmpty();
        assertThat(decisions.review("default", "doc-b", "v8")).hasValueSatisfying(
                r -> assertThat(r.status()).isEqualTo(ReviewStatus.RETIRED));

        store.saveSnapshot("default", "doc-a", "v1", "A", "# A\ntext\n");
        store.saveSnapshot("default", "doc-a", "v1", "A", "# A\ntext\n");
        assertThat(store.snapshot("default", "doc-a", "v1")).hasValueSatisfying(s -> assertThat(s.getValue()).isEqualTo("# A\ntext\n"));

        store.addCitations("doc-a", "v1", 2);
        store.addCitations("doc-a", "v1", 3);
        assertThat(store.citations()).containsEntry("doc-a@v1", 5L);
    }
}
