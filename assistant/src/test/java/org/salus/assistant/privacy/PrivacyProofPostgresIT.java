package org.salus.assistant.privacy;

import java.sql.DriverManager;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.salus.assistant.SalusApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The privacy proof on a real PostgreSQL server (the one {@code .ci/run} starts), in a schema of its own that is
 * dropped afterwards; answers come from the LLM-free extractive composer.
 */
@EnabledIfEnvironmentVariable(named = "SALUS_TEST_PG_URL", matches = "jdbc:postgresql:.+",
        disabledReason = "no PostgreSQL server: set SALUS_TEST_PG_URL (and _USER, _PASSWORD), as .ci/run does")
@SpringBootTest(classes = SalusApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PrivacyProofPostgresIT extends PrivacyProof {

    private static final String SCHEMA = "privacy_proof_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        common(registry, freshDataDir("privacy-pg"));
        String url = System.getenv("SALUS_TEST_PG_URL");
        registry.add("spring.datasource.url", () -> url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", () -> System.getenv("SALUS_TEST_PG_USER"));
        registry.add("spring.datasource.password", () -> System.getenv("SALUS_TEST_PG_PASSWORD"));
        registry.add("spring.flyway.schemas", () -> SCHEMA);
    }

    @AfterAll
    static void dropSchema() throws Exception {
        try (var c = DriverManager.getConnection(System.getenv("SALUS_TEST_PG_URL"), System.getenv("SALUS_TEST_PG_USER"),
                System.getenv("SALUS_TEST_PG_PASSWORD")); var s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    @Override
    String provider() {
        return "extractive";
    }

    @Override
    String database() {
        return "jdbc:postgresql:";
    }
}
