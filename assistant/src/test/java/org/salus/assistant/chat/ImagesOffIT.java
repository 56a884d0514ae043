package org.salus.assistant.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.salus.assistant.SalusApplication;
import org.salus.assistant.TestCorpus;
import org.salus.assistant.image.TestImages;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A server that reads no images (turned off here; the same holds without Tesseract and without a vision model): it
 * says so in its capabilities, refuses an image sent alone with a 4xx, and still answers a message sent with one.
 */
@SpringBootTest(classes = SalusApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"salus.corpus.starter-when-empty=false", "salus.retrieval.embedding=none", "salus.image.enabled=false"})
class ImagesOffIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("salus.data-dir", () -> TestCorpus.dataDir("none").toString());
    }

    @Test
    void saysItReadsNoImages() throws Exception {
        JsonNode capabilities = JSON.readTree(http.send(HttpRequest.newBuilder(uri("/api/capabilities")).build(),
                HttpResponse.BodyHandlers.ofString()).body());

        assertThat(capabilities.get("imageInput").asBoolean()).isFalse();
    }

    @Test
    void refusesAnImageSentAlone() throws Exception {
        HttpResponse<String> response = post(JSON.createObjectNode()
                .put("image", TestImages.pngDataUrl(TestImages.medicationLabel())).toString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("detail").asText()).contains("does not read images");
    }

    @Test
    void stillAnswersTheMessageSentWithAnImage() throws Exception {
        HttpResponse<String> response = post(JSON.createObjectNode().put("message", "What are the warning signs of a stroke?")
                .put("image", TestImages.pngDataUrl(TestImages.medicationLabel())).toString());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode reply = JSON.readTree(response.body());
        assertThat(reply.get("citations").findValuesAsText("docId")).contains("tiny-stroke");
        assertThat(reply.get("notes").toString()).contains("this server does not read images");
    }

    private HttpResponse<String> post(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri("/api/chat")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
