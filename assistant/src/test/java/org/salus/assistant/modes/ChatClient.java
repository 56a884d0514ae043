package org.salus.assistant.modes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** Sends one chat turn in a given mode to the app under test and expects a 200 reply. */
record ChatClient(int port) {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    JsonNode chat(String message, String mode) throws Exception {
        return JSON.readTree(post("/api/chat", message, mode));
    }

    /** The raw server-sent events of {@code POST /api/chat/stream}. */
    String stream(String message, String mode) throws Exception {
        return post("/api/chat/stream", message, mode);
    }

    private String post(String path, String message, String mode) throws Exception {
        String body = JSON.writeValueAsString(Map.of("message", message, "mode", mode));
        var response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** The status of {@code GET path}; a problem reply must be problem JSON. */
    int status(String path) throws Exception {
        var response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 400) {
            assertThat(response.headers().firstValue("content-type").orElse("")).startsWith("application/problem+json");
        }
        return response.statusCode();
    }

    JsonNode get(String path) throws Exception {
        var response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
