package org.salus.assistant.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.unit.DataSize;

/** What the endpoint accepts as a recording, and the plain-words status of everything it refuses. */
class RecordingsTest {

    private final Recordings recordings = new Recordings(new SpeechProperties("http://localhost:9", null, "whisper-1",
            Duration.ofSeconds(5), DataSize.ofKilobytes(200), Duration.ofSeconds(5), 4));

    private static Recordings.Upload bytes(byte[] bytes) {
        return () -> bytes;
    }

    private static byte[] withHeader(String hexOrAscii, int length) {
        byte[] data = new byte[length];
        byte[] head = hexOrAscii.startsWith("0x") ? java.util.HexFormat.of().parseHex(hexOrAscii.substring(2))
                : hexOrAscii.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, data, 0, head.length);
        return data;
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            0x1A45DFA3,   audio/webm;codecs=opus,   WEBM
            OggS,         audio/ogg; codecs=opus,   OGG
            ID3,          audio/mpeg,               MPEG
            0xFFFB9064,   audio/mpeg,               MPEG
            0x0000001C66747970, audio/mp4,          MP4
            0x1A45DFA3,   application/octet-stream, WEBM
            OggS,         '',                       OGG
            """)
    void recognisesTheContainerFromItsFirstBytes(String header, String contentType, AudioFormat format) {
        Recording recording = recordings.check(bytes(withHeader(header, 4096)), contentType);

        assertThat(recording.format()).isEqualTo(format);
    }

    @Test
    void acceptsAWavRecordingWithinTheLimits() {
        byte[] wav = TestAudio.tone(Duration.ofSeconds(3), 8000);

        assertThat(recordings.check(bytes(wav), "audio/wav").format()).isEqualTo(AudioFormat.WAV);
        assertThat(WavHeader.duration(wav)).contains(Duration.ofSeconds(3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "text/plain", "image/png", "video/mp4", "multipart/mixed"})
    void refusesADeclaredTypeThatIsNotAudioWith415(String contentType) {
        assertThatThrownBy(() -> recordings.check(bytes(withHeader("OggS", 100)), contentType))
                .isInstanceOfSatisfying(BadAudio.class, e -> {
                    assertThat(e.status()).isEqualTo(415);
                    assertThat(e.reason()).isEqualTo("unsupported_type");
                    assertThat(e.getMessage()).contains("WebM", "WAV");
                });
    }

    @Test
    void refusesBytesThatAreNotAudioWhateverTheyClaim() {
        byte[] png = withHeader("0x89504E470D0A1A0A", 2000);

        assertThatThrownBy(() -> recordings.check(bytes(png), "audio/webm"))
                .isInstanceOfSatisfying(BadAudio.class, e -> assertThat(e.status()).isEqualTo(415));
    }

    @Test
    void refusesARecordingOverTheSizeLimitWith413() {
        byte[] big = withHeader("OggS", 201 * 1024);

        assertThatThrownBy(() -> recordings.check(bytes(big), "audio/ogg"))
                .isInstanceOfSatisfying(BadAudio.class, e -> {
                    assertThat(e.status()).isEqualTo(413);
                    assertThat(e.reason()).isEqualTo("too_large");
                    assertThat(e.getMessage()).contains("200 KB");
                });
        assertThatThrownBy(() -> recordings.checkDeclaredSize(300_000)).isInstanceOf(BadAudio.class);
    }

    @Test
    void refusesAWavLongerThanTheDurationLimitWith413() {
        byte[] long6s = TestAudio.tone(Duration.ofSeconds(6), 8000);

        assertThatThrownBy(() -> recordings.check(bytes(long6s), "audio/wav"))
                .isInstanceOfSatisfying(BadAudio.class, e -> {
                    assertThat(e.status()).isEqualTo(413);
                    assertThat(e.reason()).isEqualTo("too_long");
                    assertThat(e.getMessage()).contains("5 seconds");
                });
    }

    @Test
    void refusesADamagedWavWith400() {
        byte[] wav = TestAudio.tone(Duration.ofSeconds(1), 8000);
        byte[] noData = Arrays.copyOf(wav, 36);
        byte[] zeroRate = wav.clone();
        Arrays.fill(zeroRate, 28, 32, (byte) 0);

        for (byte[] damaged : new byte[][] {noData, zeroRate}) {
            assertThatThrownBy(() -> recordings.check(bytes(damaged), "audio/wav"))
                    .isInstanceOfSatisfying(BadAudio.class, e -> assertThat(e.status()).isEqualTo(400));
        }
    }

    @Test
    void refusesAnEmptyOrInterruptedUploadWith400() {
        assertThatThrownBy(() -> recordings.check(bytes(new byte[0]), "audio/webm"))
                .isInstanceOfSatisfying(BadAudio.class, e -> assertThat(e.reason()).isEqualTo("empty"));
        assertThatThrownBy(() -> recordings.check(() -> {
            throw new IOException("connection reset");
        }, "audio/webm")).isInstanceOfSatisfying(BadAudio.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.getMessage()).doesNotContain("connection reset");
        });
    }

    @Test
    void readsNothingWhenTheDeclaredTypeIsRefused() {
        Recordings.Upload mustNotBeRead = () -> {
            throw new AssertionError("the body was read");
        };

        assertThatThrownBy(() -> recordings.check(mustNotBeRead, "text/html")).isInstanceOf(BadAudio.class);
    }

    @Test
    void knowsAWavTooShortToHoldSpeech() {
        assertThat(Recordings.tooShortForSpeech(new Recording(TestAudio.tone(Duration.ofMillis(40), 16_000), AudioFormat.WAV))).isTrue();
        assertThat(Recordings.tooShortForSpeech(new Recording(TestAudio.tone(Duration.ofMillis(900), 16_000), AudioFormat.WAV))).isFalse();
        assertThat(Recordings.tooShortForSpeech(new Recording(withHeader("OggS", 10), AudioFormat.OGG))).isFalse();
    }

    @Test
    void neverPrintsTheAudioItHolds() {
        assertThat(new Recording(withHeader("OggS", 10), AudioFormat.OGG).toString()).isEqualTo("Recording[OGG, 10 bytes]");
    }
}
