package org.salus.assistant.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.salus.assistant.SalusApplication;
import org.salus.assistant.TestCorpus;
import org.salus.assistant.privacy.SessionTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Erasing a session over real HTTP takes the token its chat replies carried; without it, or for a bad id, nothing. */
@SpringBootTest(classes = SalusApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"salus.corpus.starter-when-empty=false", "salus.retrieval.embedding=none"})
class SessionErasureIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("salus.data-dir", () -> TestCorpus.dataDir("none").toString());
    }

    @Test
    void erasesOnlyWithTheTokenHandedOutWithTheSession() throws Exception {
        HttpResponse<String> reply = post("/api/chat", "{\"message\":\"What are the warning signs of a stroke?\",\"sessionId\":\"mine-1\"}");
        String token = reply.headers().firstValue(SessionTokens.HEADER).orElseThrow();
        HttpResponse<String> streamed = post("/api/chat/stream", "{\"message\":\"What is a stroke?\",\"sessionId\":\"mine-1\"}");
        assertThat(streamed.headers().firstValue(SessionTokens.HEADER)).contains(token);
        String other = post("/api/chat", "{\"message\":\"What is a stroke?\",\"sessionId\":\"theirs-1\"}")
                .headers().firstValue(SessionTokens.HEADER).orElseThrow();
        assertThat(post("/api/chat", "{\"message\":\"What is a stroke?\"}").headers().firstValue(SessionTokens.HEADER)).isEmpty();

        assertProblem(delete("mine-1", null), 401);
        assertProblem(delete("mine-1", other), 403);
        assertProblem(delete("mine-1", "not-a-token"), 403);
        assertThat(delete("mine-1", token).statusCode()).isEqualTo(204);
    }

    @Test
    void rejectsMalformedIdsWith400() throws Exception {
        assertProblem(delete("x".repeat(201), "t"), 400);
        assertProblem(delete("a%01b", "t"), 400);
        assertProblem(delete("%20", "t"), 400);
        assertProblem(post("/api/chat", "{\"message\":\"hi\",\"sessionId\":\"a\\u0000b\"}"), 400);
    }

    private void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> delete(String id, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/sessions/" + id)).DELETE();
        if (token != null) {
            request.header(SessionTokens.HEADER, token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
