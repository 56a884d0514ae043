package org.salus.assistant.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PrivacyStatementTest {

    private static PrivacyProperties settings(Duration retention, boolean transcripts) {
        return new PrivacyProperties(retention, Duration.ofHours(1), transcripts, null, null, 100);
    }

    @Test
    void defaultStatementSaysNoTextIsKeptAndNamesTheRetention() {
        PrivacyStatement s = PrivacyStatement.of("en", settings(Duration.ofDays(30), false), PrivacyStatement.Database.EMBEDDED);
        assertThat(s.retentionDays()).isEqualTo(30);
        assertThat(s.transcriptsStored()).isFalse();
        assertThat(s.text()).contains("30 days", "embedded database", "does not keep what you type", "keyed hash")
                .doesNotContain("transcripts");
    }

    @Test
    void transcriptsOptInIsDisclosedWithItsRetention() {
        PrivacyStatement s = PrivacyStatement.of("en", settings(Duration.ofDays(7), true), PrivacyStatement.Database.POSTGRESQL);
        assertThat(s.kept()).anyMatch(k -> k.contains("transcripts") && k.contains("7 days"));
        assertThat(s.text()).contains("PostgreSQL").doesNotContain("does not keep what you type");
    }

    @Test
    void speaksSpanishAndShortPeriodsInHours() {
        PrivacyStatement s = PrivacyStatement.of("es", settings(Duration.ofHours(12), false), PrivacyStatement.Database.EMBEDDED);
        assertThat(s.language()).isEqualTo("es");
        assertThat(s.text()).contains("12 horas", "no guarda lo que usted escribe");
    }

    @Test
    void unknownLanguageFallsBackToEnglish() {
        assertThat(PrivacyStatement.of("fr", settings(Duration.ofDays(1), false), PrivacyStatement.Database.OTHER).text())
                .contains("1 day");
    }

    @Test
    void recognisesTheDatabaseFromItsUrl() {
        assertThat(PrivacyController.kind("jdbc:h2:file:/x")).isEqualTo(PrivacyStatement.Database.EMBEDDED);
        assertThat(PrivacyController.kind("jdbc:postgresql://h/db")).isEqualTo(PrivacyStatement.Database.POSTGRESQL);
        assertThat(PrivacyController.kind("jdbc:mysql://h/db")).isEqualTo(PrivacyStatement.Database.OTHER);
    }
}
