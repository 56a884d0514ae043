package org.salus.assistant.edge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.salus.assistant.SalusApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The requests that used to end in a 5xx, an HTML page or a silent guess, each now a 4xx problem or an answer. */
@SpringBootTest(classes = SalusApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"salus.corpus.starter-when-empty=false", "salus.retrieval.embedding=none",
                "salus.security.allow-anonymous-clinic=true", "salus.rate-limit.enabled=false"})
class HostileInputIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MANY_WORDS = IntStream.range(0, 600).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("salus.data-dir", () -> HostileCorpus.dataDir().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/search?q=%C3%28", "/api/search?q=%zz", "/api/search?q=abc%", "/api/privacy?language=%C3%28",
            "/infobutton?mainSearchCriteria.v.dn=%FF%FE", "/api/capabilities?x=%C0%AF"})
    void badlyEncodedQueryIs400Problem(String target) throws Exception {
        assertProblem(RawHttp.send(port, "GET", target, "", null), 400);
    }

    @Test
    void badlyEncodedQueryOnVoiceIs400Problem() throws Exception {
        assertProblem(RawHttp.send(port, "POST", "/api/transcribe?language=%C3%28", "Content-Type: audio/wav",
                new byte[16]), 400);
    }

    @Test
    void longSearchOfDistinctWordsIsAnswered() throws Exception {
        assertThat(get("/api/search?q=" + encode(MANY_WORDS)).statusCode()).isEqualTo(200);
        String hyphenated = IntStream.range(0, 1500).mapToObj(i -> "x" + i).collect(Collectors.joining("-"));
        assertThat(get("/api/search?q=" + encode(hyphenated.substring(0, 3990))).statusCode()).isEqualTo(200);
        assertThat(get("/infobutton?mainSearchCriteria.v.dn=" + encode(MANY_WORDS)).statusCode()).isLessThan(500);
        assertThat(chat("{\"message\":\"" + MANY_WORDS + "\"}").statusCode()).isEqualTo(200);
    }

    @Test
    void errorPathIs404Problem() throws Exception {
        assertProblem(get("/error"), 404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"message\": 42}", "{\"message\": true}", "{\"message\": 1.5}", "{\"message\": [\"a\"]}",
            "{\"message\": \"hi\", \"unknown\": 1}", "{\"message\": \"hi\"} {}", "{\"message\": \"hi\", \"mode\": false}"})
    void chatBodyWithWrongTypesOrUnknownFieldsIs400Problem(String body) throws Exception {
        assertProblem(chat(body), 400);
    }

    @Test
    void hugeUnknownFieldIsRefused() throws Exception {
        String body = "{\"message\":\"hi\",\"x\":\"" + "a".repeat(6_000_000) + "\"}";
        assertProblem(chat(body), 400);
        assertProblem(post("/api/feedback", "application/json", body), 413);
    }

    @Test
    void bodiesOverTheirCapAre413BeforeParsing() throws Exception {
        String huge = "{\"message\":\"" + "a".repeat(9 * 1024 * 1024) + "\"}";
        assertProblem(chat(huge), 413);
        HttpRequest chunked = HttpRequest.newBuilder(uri("/api/feedback")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(
                        ("{\"vote\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8)))).build();
        assertProblem(http.send(chunked, HttpResponse.BodyHandlers.ofString()), 413);
    }

    @Test
    void multipartIsRefusedWhereNoUploadIsTaken() throws Exception {
        String body = "--b\r\nContent-Disposition: form-data; name=\"audio\"; filename=\"a.wav\"\r\n\r\nxx\r\n--b--\r\n";
        assertProblem(post("/api/chat", "multipart/form-data; boundary=b", body), 415);
        assertProblem(post("/api/transcribe", "multipart/form-data; boundary=b", body), 415);
    }

    @Test
    void oversizeUrlAndHeaderAreProblemsNotHtml() throws Exception {
        assertProblem(RawHttp.send(port, "GET", "/api/search?q=" + "a".repeat(20_000), "", null), 400);
        assertProblem(RawHttp.send(port, "GET", "/api/search?q=a", "X-Big: " + "b".repeat(20_000), null), 400);
    }

    @Test
    void searchExcerptOfAPassageWithoutSpacesIsAnswered() throws Exception {
        HttpResponse<String> response = get("/api/search?q=" + HostileCorpus.SPACELESS_WORD);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode hit = JSON.readTree(response.body()).get("hits").get(0);
        assertThat(hit.get("docId").asText()).isEqualTo("tiny-spaceless");
        assertThat(hit.get("excerpt").asText()).hasSizeLessThan(310);
    }

    @Test
    void askWithAQuestionCarryingOnlyAnExtensionIs400() throws Exception {
        String body = """
                {"resourceType":"Parameters","parameter":[{"name":"question",
                 "_valueString":{"extension":[{"url":"http://example.org/x","valueString":"y"}]}}]}""";
        HttpResponse<String> response = post("/fhir/$ask", "application/fhir+json", body);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("OperationOutcome");
    }

    private void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"status\":" + status);
    }

    private static void assertProblem(RawHttp.Reply reply, int status) {
        assertThat(reply.status()).as(reply.head()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body()).contains("\"status\":" + status).doesNotContain("<html");
    }

    private HttpResponse<String> chat(String body) throws Exception {
        return post("/api/chat", "application/json", body);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String type, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
