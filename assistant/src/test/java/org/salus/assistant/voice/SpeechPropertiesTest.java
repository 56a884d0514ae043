package org.salus.assistant.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.util.unit.DataSize;

/** Voice input is on only with a service configured, and its limits are checked at startup. */
class SpeechPropertiesTest {

    private static SpeechProperties with(String baseUrl, DataSize maxBytes, Duration maxDuration) {
        return new SpeechProperties(baseUrl, null, "whisper-1", Duration.ofSeconds(30), maxBytes, maxDuration, 4);
    }

    @Test
    void isOffWithoutABaseUrl() {
        assertThat(with(null, DataSize.ofMegabytes(10), Duration.ofMinutes(2)).enabled()).isFalse();
        assertThat(with("  ", DataSize.ofMegabytes(10), Duration.ofMinutes(2)).enabled()).isFalse();
        assertThat(with("http://localhost:8178", DataSize.ofMegabytes(10), Duration.ofMinutes(2)).enabled()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            http://localhost:8178,              http://localhost:8178/v1/audio/transcriptions
            http://localhost:8178/,             http://localhost:8178/v1/audio/transcriptions
            http://localhost:8000/v1,           http://localhost:8000/v1/audio/transcriptions
            https://speech.example.org/api/v1/, https://speech.example.org/api/v1/audio/transcriptions
            """)
    void appendsTheTranscriptionPathOnce(String baseUrl, String endpoint) {
        assertThat(with(baseUrl, DataSize.ofMegabytes(10), Duration.ofMinutes(2)).endpoint()).hasToString(endpoint);
    }

    @Test
    void refusesLimitsOutsideWhatServicesAccept() {
        assertThatThrownBy(() -> with(null, DataSize.ofMegabytes(26), Duration.ofMinutes(2)))
                .hasMessageContaining("max-bytes");
        assertThatThrownBy(() -> with(null, DataSize.ofBytes(10), Duration.ofMinutes(2))).hasMessageContaining("max-bytes");
        assertThatThrownBy(() -> with(null, DataSize.ofMegabytes(10), Duration.ofHours(1))).hasMessageContaining("max-duration");
    }
}
