package org.salus.assistant.voice;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.salus.assistant.web.BoundedExchange;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client of the OpenAI-compatible transcription API ({@code POST /v1/audio/transcriptions}, multipart with
 * {@code file}, {@code model}, {@code language} and {@code response_format=json}, answering {@code {"text": …}}),
 * which whisper.cpp's server and most speech services speak. The recording travels in memory only.
 */
final class SpeechToText {

    /** A transcript longer than this is not a spoken question; the rest of such a reply is not read. */
    private static final int MAX_REPLY_BYTES = 1 << 20;
    /** Non-speech annotations whisper-style models emit: [BLANK_AUDIO], (music), [ Silence ], ♪. */
    private static final Pattern ANNOTATION = Pattern.compile("\\[[^\\]]{0,40}]|\\([^)]{0,40}\\)|[♪♫]");
    private static final Pattern SPEECH = Pattern.compile("[\\p{L}\\p{N}]");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SpeechProperties properties;
    private final HttpClient http;

    SpeechToText(SpeechProperties properties) {
        this.properties = properties;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(min(properties.timeout(), Duration.ofSeconds(10)))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    Transcription transcribe(Recording recording, String language) {
        String boundary = "salus-" + UUID.randomUUID();
        HttpRequest.Builder request = HttpRequest.newBuilder(properties.endpoint())
                .timeout(properties.timeout())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArrays(multipart(boundary, recording, language)));
        if (properties.apiKey() != null && !properties.apiKey().isBlank()) {
            request.header("Authorization", "Bearer " + properties.apiKey().strip());
        }
        try {
            HttpResponse<byte[]> response = BoundedExchange.send(http, request.build(), MAX_REPLY_BYTES, properties.timeout());
            if (response.statusCode() != 200) {
                return new Transcription.Failed("http_" + response.statusCode());
            }
            return read(response.body());
        } catch (BoundedExchange.TooLarge e) {
            return new Transcription.Failed("malformed");
        } catch (HttpTimeoutException e) {
            return new Transcription.Failed("timeout");
        } catch (ConnectException e) {
            return new Transcription.Failed("unreachable");
        } catch (IOException e) {
            return new Transcription.Failed("io");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Transcription.Failed("interrupted");
        }
    }

    /** Reads {@code {"text": "…"}}; anything else is a malformed reply, and a transcript of annotations is silence. */
    static Transcription read(byte[] body) {
        JsonNode text;
        try {
            text = JSON.readTree(body).get("text");
        } catch (JacksonException e) {
            return new Transcription.Failed("malformed");
        }
        if (text == null || !text.isString()) {
            return new Transcription.Failed("malformed");
        }
        String words = ANNOTATION.matcher(text.asString()).replaceAll(" ").replaceAll("\\s+", " ").strip();
        return SPEECH.matcher(words).find() ? new Transcription.Heard(words) : new Transcription.Silence();
    }

    private List<byte[]> multipart(String boundary, Recording recording, String language) {
        List<byte[]> parts = new ArrayList<>();
        parts.add(head(boundary, "form-data; name=\"file\"; filename=\"" + recording.format().fileName() + "\"",
                recording.format().mediaType()));
        parts.add(recording.bytes());
        parts.add(field(boundary, "model", properties.model()));
        if (language != null) {
            parts.add(field(boundary, "language", language));
        }
        parts.add(field(boundary, "response_format", "json"));
        parts.add(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return parts;
    }

    private static byte[] head(String boundary, String disposition, String type) {
        return ("--" + boundary + "\r\nContent-Disposition: " + disposition + "\r\nContent-Type: " + type + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] field(String boundary, String name, String value) {
        return ("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
