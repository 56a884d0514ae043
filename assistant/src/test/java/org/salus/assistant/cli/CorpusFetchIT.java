package org.salus.assistant.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.salus.assistant.SalusApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import picocli.CommandLine;

/**
 * A fetched MedlinePlus file answered by the real app: the citation names NLM, dates the text, claims no review;
 * a second fetch while the app serves is picked up without a restart.
 */
@SpringBootTest(classes = SalusApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "salus.retrieval.embedding=none")
class CorpusFetchIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path DATA_DIR = fetchedDataDir();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("salus.data-dir", DATA_DIR::toString);
    }

    private static Path fetchedDataDir() {
        try (FixtureSite site = new FixtureSite().publish("v1.xml", "2026-11-30")) {
            Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "corpus-fetch-it-");
            assertThat(fetch(site, dir)).isZero();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int fetch(FixtureSite site, Path dir) {
        return new CommandLine(new CorpusCommand()).execute("fetch", "medlineplus", "--data-dir", dir.toString(),
                "--index-url", site.indexUrl(), "--embedding", "none", "--min-topics", "2");
    }

    @Test
    void aFetchedTopicIsCitedWithItsPublisherAndUpdateDateAndNoReviewDate() throws Exception {
        JsonNode citation = chat("How long do hiccups last?").get("citations").get(0);

        assertThat(citation.get("docId").asText()).isEqualTo("mplus-9001");
        assertThat(citation.get("source").asText()).isEqualTo("MedlinePlus, U.S. National Library of Medicine");
        assertThat(citation.get("url").asText()).isEqualTo("https://medlineplus.gov/hiccups.html");
        assertThat(citation.has("reviewedOn")).isTrue();
        assertThat(citation.get("reviewedOn").isNull()).as("nobody reviewed it").isTrue();
        assertThat(citation.get("updatedOn").asText()).isEqualTo("2026-11-30");
    }

    @Test
    void aSecondFetchIsServedWithoutARestart() throws Exception {
        try (FixtureSite site = new FixtureSite().publish("v2.xml", "2026-12-05")) {
            assertThat(fetch(site, DATA_DIR)).isZero();
        }

        List<String> toenail = new ArrayList<>();
        List<String> nosebleed = new ArrayList<>();
        long deadline = System.nanoTime() + 10_000_000_000L;
        do {
            toenail = docIds("ingrown toenail");
            nosebleed = docIds("nosebleed pinch nose");
            if (!toenail.contains("mplus-9003") && nosebleed.contains("mplus-9004")) {
                break;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        assertThat(toenail).as("retired").doesNotContain("mplus-9003");
        assertThat(nosebleed).as("added").contains("mplus-9004");
    }

    private List<String> docIds(String query) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/search?k=10&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        JSON.readTree(response.body()).get("hits").forEach(hit -> ids.add(hit.get("docId").asText()));
        return ids;
    }

    private JsonNode chat(String message) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/chat"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(java.util.Map.of("message", message))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
