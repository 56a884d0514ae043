package org.salus.assistant.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.salus.assistant.SalusApplication;
import org.salus.assistant.TestCorpus;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@code /v3/api-docs} describes the contract's HTTP API from the real request and response records. */
@SpringBootTest(classes = SalusApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "salus.corpus.starter-when-empty=false")
class ApiDocsIT {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("salus.data-dir", () -> TestCorpus.dataDir("bge-small").toString());
    }

    @Test
    void listsTheContractsEndpoints() throws Exception {
        JsonNode paths = document().get("paths");
        List<String> names = new ArrayList<>();
        paths.fieldNames().forEachRemaining(names::add);
        assertThat(names).contains("/api/chat", "/api/chat/stream", "/api/search", "/api/feedback", "/api/privacy",
                "/api/capabilities", "/api/sessions/{sessionId}", "/cds-services", "/cds-services/patient-education",
                "/infobutton");
        assertThat(paths.get("/api/chat").has("post")).isTrue();
        assertThat(paths.get("/api/search").has("get")).isTrue();
    }

    @Test
    void describesTheChatRequestAndReplyRecords() throws Exception {
        JsonNode doc = document();
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        assertThat(doc.at("/info/title").asText()).isEqualTo("Salus HTTP API");
        JsonNode body = doc.at("/paths/~1api~1chat/post/requestBody/content/application~1json/schema/$ref");
        assertThat(body.asText()).isEqualTo("#/components/schemas/ChatRequest");
        JsonNode request = doc.at("/components/schemas/ChatRequest/properties");
        for (String field : List.of("message", "mode", "language", "sessionId", "image")) {
            assertThat(request.has(field)).as(field).isTrue();
            assertThat(request.get(field).get("type").asText()).as(field).isEqualTo("string");
        }
        JsonNode reply = doc.at("/components/schemas/ChatReply/properties");
        for (String field : List.of("answer", "citations", "safety", "disclaimer", "mode", "model", "timingsMs")) {
            assertThat(reply.has(field)).as(field).isTrue();
        }
    }

    @Test
    void servesTheSwaggerUiPage() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/swagger-ui.html")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
    }

    private JsonNode document() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/v3/api-docs")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return new ObjectMapper().readTree(response.body());
    }
}
