package org.salus.assistant.smart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** PKCE S256 as RFC 7636 defines it, and launch values that never repeat. */
class SmartPkceTest {

    /** Expected value from Python: base64.urlsafe_b64encode(hashlib.sha256(verifier).digest()).rstrip(b'='). */
    @Test
    void challengeIsUnpaddedBase64UrlOfSha256() {
        assertThat(Pkce.challenge("dBjftJeZ4CVP-mJ92ZkW6N0SbIhqJdfPmx8G9ZlRw-M"))
                .isEqualTo("MUu2StkGR4YsYMQ_mAFPQt3pwSXosDUnK1gZs1l0bX4");
    }

    @Test
    void verifiersAreLongUrlSafeAndDistinct() {
        String a = Pkce.random();
        assertThat(a).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(Pkce.random()).isNotEqualTo(a);
    }

    @Test
    void pendingLaunchIsTakenOnlyOnce() {
        var database = new org.springframework.jdbc.datasource.DriverManagerDataSource(
                "jdbc:h2:mem:pkce-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        org.flywaydb.core.Flyway.configure().dataSource(database).load().migrate();
        PendingLaunches pending = new PendingLaunches(new org.springframework.jdbc.core.JdbcTemplate(database));
        pending.put("s1", PendingLaunches.Pending.of("https://ehr/fhir", "https://ehr/token", "v", "https://salus/cb"));
        assertThat(pending.take("s1")).isPresent();
        assertThat(pending.take("s1")).isEmpty();
        assertThat(pending.take(null)).isEmpty();
    }

    @Test
    void allowListIgnoresTrailingSlash() {
        SmartProperties properties = new SmartProperties("salus", java.util.List.of("https://ehr.example.org/fhir/"), "launch", null);
        assertThat(properties.allows("https://ehr.example.org/fhir")).isTrue();
        assertThat(properties.allows("https://ehr.example.org/fhir-other")).isFalse();
        assertThat(properties.allows(null)).isFalse();
    }
}
