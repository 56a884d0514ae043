package org.salus.assistant.voice;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Where spoken questions are transcribed: an OpenAI-compatible speech-to-text server (whisper.cpp's server, a local
 * faster-whisper, or a hosted service the operator chooses). Unset by default, so no audio leaves the machine and the
 * web chat shows no microphone.
 *
 * @param baseUrl the service's origin, with or without a trailing {@code /v1}; unset turns voice input off
 * @param apiKey sent as a bearer token when set
 * @param model the {@code model} form field the service expects
 * @param timeout how long one transcription may take before the user is told the service is unavailable
 * @param maxBytes the largest recording accepted (at most 25 MB, the common service limit)
 * @param maxDuration the longest recording accepted, checked for WAV and told to the browser's recorder
 * @param maxConcurrent recordings transcribed at once; more get 429
 */
@Validated
@ConfigurationProperties("salus.speech")
public record SpeechProperties(
        @Pattern(regexp = "https?://[^\\s/?#]+(/[^\\s?#]*)?") String baseUrl,
        String apiKey,
        @NotBlank @DefaultValue("whisper-1") String model,
        @NotNull @DefaultValue("PT30S") Duration timeout,
        @NotNull @DefaultValue("10MB") DataSize maxBytes,
        @NotNull @DefaultValue("PT2M") Duration maxDuration,
        @Min(1) @Max(64) @DefaultValue("4") int maxConcurrent) {

    static final DataSize LARGEST = DataSize.ofMegabytes(25);

    public SpeechProperties {
        if (maxBytes != null && (maxBytes.toBytes() < 1024 || maxBytes.compareTo(LARGEST) > 0)) {
            throw new IllegalArgumentException("salus.speech.max-bytes must be between 1KB and 25MB");
        }
        if (maxDuration != null && (maxDuration.toSeconds() < 1 || maxDuration.toMinutes() > 30)) {
            throw new IllegalArgumentException("salus.speech.max-duration must be between 1 second and 30 minutes");
        }
        if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
            throw new IllegalArgumentException("salus.speech.timeout must be positive");
        }
    }

    /** Whether an operator configured a transcription service, which is what turns voice input on. */
    public boolean enabled() {
        return baseUrl != null && !baseUrl.isBlank();
    }

    /** The transcription endpoint: {@code {base-url}/v1/audio/transcriptions}, not doubling a trailing {@code /v1}. */
    URI endpoint() {
        String base = baseUrl.strip().replaceAll("/+$", "");
        return URI.create(base + (base.endsWith("/v1") ? "" : "/v1") + "/audio/transcriptions");
    }
}
