package org.salus.assistant.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.salus.assistant.SalusApplication;
import org.salus.assistant.TestCorpus;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The chat and search API over real HTTP against the tiny corpus: contract fields, grounding, and bad input. */
@SpringBootTest(classes = SalusApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "salus.corpus.starter-when-empty=false")
class ChatApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern MARKER = Pattern.compile("\\[(\\d+)]");
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("salus.data-dir", () -> TestCorpus.dataDir("bge-small").toString());
    }

    @Test
    void answersStrokeQuestionWithEverySentenceCited() throws Exception {
        JsonNode reply = chat("{\"message\":\"What are the warning signs of a stroke?\"}", 200);
        String answer = reply.get("answer").asText();
        assertThat(answer).contains("weakness");
        for (String sentence : answer.split("(?<=[.!?])\\s+")) {
            assertThat(MARKER.matcher(sentence).find()).as("cited: %s", sentence).isTrue();
        }
        JsonNode citation = reply.get("citations").get(0);
        assertThat(citation.get("docId").asText()).isEqualTo("tiny-stroke");
        for (String field : List.of("n", "id", "docId", "title", "url", "source", "reviewedOn", "excerpt")) {
            assertThat(citation.has(field)).as(field).isTrue();
        }
        assertThat(reply.get("safety").get("action").asText()).isIn("answer", "escalate", "reframe", "refuse");
        assertThat(reply.get("disclaimer").asText()).contains("not clinically reviewed");
        assertThat(reply.get("mode").asText()).isEqualTo("instant");
        assertThat(reply.get("model").get("provider").asText()).isEqualTo("extractive");
        assertThat(reply.get("timingsMs").get("total").asLong()).isGreaterThanOrEqualTo(0);
        assertThat(reply.get("visualisations").isArray()).isTrue();
    }

    @Test
    void answersExerciseQuestionFromApprovedDocument() throws Exception {
        JsonNode reply = chat("{\"message\":\"How much exercise should adults get each week?\"}", 200);
        assertThat(reply.get("answer").asText()).contains("150 minutes");
        assertThat(reply.get("citations").get(0).get("docId").asText()).isEqualTo("tiny-exercise");
    }

    @Test
    void saysItHasNoVettedInformationOffTopic() throws Exception {
        JsonNode reply = chat("{\"message\":\"What is the capital of France?\"}", 200);
        assertThat(reply.get("answer").asText()).contains("vetted information");
        assertThat(reply.get("citations")).isEmpty();
    }

    @Test
    void neverAnswersFromExpiredOrDraftDocuments() throws Exception {
        JsonNode measles = chat("{\"message\":\"Is measles contagious?\"}", 200);
        assertThat(measles.get("citations").findValuesAsText("docId")).doesNotContain("tiny-draft-measles");
        JsonNode search = get("/api/search?q=influenza%20vaccine%20autumn&k=10", 200);
        assertThat(search.get("hits").findValuesAsText("docId")).doesNotContain("tiny-expired-flu");
    }

    @Test
    void answersSpanishQuestionFromSpanishDocument() throws Exception {
        JsonNode reply = chat("{\"message\":\"¿Cuáles son las señales de un ictus?\",\"language\":\"es\"}", 200);
        assertThat(reply.get("citations").get(0).get("docId").asText()).isEqualTo("tiny-ictus-es");
        assertThat(reply.get("disclaimer").asText()).contains("no consejo médico");
    }

    @Test
    void streamsMetaDeltasCitationsAndDone() throws Exception {
        HttpResponse<String> response = http.send(post("/api/chat/stream",
                "{\"message\":\"heart attack symptoms\"}"), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type").orElse("")).startsWith("text/event-stream");
        String body = response.body();
        assertThat(body.indexOf("event:meta")).isGreaterThanOrEqualTo(0)
                .isLessThan(body.indexOf("event:delta"));
        assertThat(body.indexOf("event:citations")).isGreaterThan(body.indexOf("event:delta"));
        assertThat(body.indexOf("event:done")).isGreaterThan(body.indexOf("event:citations"));
        assertThat(body).contains("Chest pain");
    }

    @Test
    void searchReturnsHitsWithContractFields() throws Exception {
        JsonNode hits = get("/api/search?q=brain%20attack&k=3", 200).get("hits");
        assertThat(hits.get(0).get("docId").asText()).isEqualTo("tiny-stroke");
        for (String field : List.of("id", "docId", "title", "url", "score", "excerpt")) {
            assertThat(hits.get(0).has(field)).as(field).isTrue();
        }
    }

    static List<Arguments> badRequests() {
        return List.of(
                Arguments.of("{\"message\":\"\"}", 400),
                Arguments.of("{}", 400),
                Arguments.of("not json", 400),
                Arguments.of("{\"message\": 42, \"mode\": [1]}", 400),
                Arguments.of("{\"message\":\"hi\",\"mode\":\"turbo\"}", 400),
                Arguments.of("{\"message\":\"hi\",\"language\":\"fr\"}", 400),
                Arguments.of("{\"message\":\"" + "a".repeat(4001) + "\"}", 413));
    }

    @ParameterizedTest
    @MethodSource("badRequests")
    void rejectsBadInputWithProblemJson(String body, int status) throws Exception {
        HttpResponse<String> response = http.send(post("/api/chat", body), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("content-type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        for (String field : List.of("type", "title", "status", "detail")) {
            assertThat(problem.has(field)).as(field).isTrue();
        }
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void acceptsMessagesUpToTheLimit() throws Exception {
        chat("{\"message\":\"stroke " + "x".repeat(3990) + "\"}", 200);
    }

    @Test
    void rejectsBadSearchParameters() throws Exception {
        get("/api/search?q=", 400);
        get("/api/search?q=stroke&k=abc", 400);
        get("/api/search?q=stroke&collection=../etc", 400);
        get("/api/search?q=stroke&collection=nope", 404);
    }

    private JsonNode chat(String body, int status) throws Exception {
        HttpResponse<String> response = http.send(post("/api/chat", body), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    private JsonNode get(String path, int status) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    private HttpRequest post(String path, String body) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
