package org.salus.assistant.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.salus.assistant.TestCorpus;
import org.salus.assistant.webchat.Browser;
import org.salus.kb.Document;
import org.salus.kb.index.IngestProgress;
import org.salus.kb.index.Ingestor;
import org.salus.kb.ingest.ImportOptions;
import org.salus.kb.ingest.Importers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The reviewer page in a real Chromium against the application on a random port: the operator signs in, a draft is
 * approved on the page and is then served by {@code /api/search} and cited, with its version, by {@code /api/chat};
 * a changed draft is shown side by side with the approved text; every state passes axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"salus.retrieval.embedding=none", "salus.corpus.starter-when-empty=false",
                "salus.privacy.admin-token=review-it-token"})
class ReviewPageIT {

    private static final Path DATA_DIR = Path.of("target", "it-data", "review-page-" + UUID.randomUUID()).toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DRAFT = "tiny-draft-measles";

    @LocalServerPort
    int port;

    @Autowired
    Ingestor ingestor;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("salus.data-dir", DATA_DIR::toString);
    }

    private List<Document> corpus() {
        return new ArrayList<>(Importers.forFormat("salus-md").orElseThrow()
                .read(TestCorpus.SOURCE, ImportOptions.defaults()).documents());
    }

    private JsonNode get(String path, boolean operator) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (operator) {
            request.header("Authorization", "Bearer review-it-token");
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private JsonNode chat(String message) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/chat"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(java.util.Map.of("message", message))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static boolean hits(JsonNode search, String docId) {
        for (JsonNode hit : search.get("hits")) {
            if (hit.get("docId").asText().equals(docId)) {
                return true;
            }
        }
        return false;
    }

    private static void assertAccessible(Browser browser, String state) {
        if (Browser.axeAvailable()) {
            assertThat(browser.seriousAccessibilityViolations()).as("axe-core, " + state).isEmpty();
        }
    }

    @Test
    void aDraftApprovedOnThePageIsServedAndItsChangesAreShownSideBySide() throws Exception {
        Files.createDirectories(DATA_DIR);
        List<Document> corpus = corpus();
        ingestor.ingest("default", corpus, true, IngestProgress.NONE);
        assertThat(hits(get("/api/search?q=measles+virus", false), DRAFT)).as("a draft is not served").isFalse();
        assertThat(Browser.axeAvailable() || System.getenv("CI") == null).as(Browser.axeMissing()).isTrue();

        try (Browser browser = Browser.start(Browser.DESKTOP)) {
            browser.open("http://localhost:" + port + "/review.html");
            assertAccessible(browser, "sign-in");
            browser.driver().findElement(By.id("token")).sendKeys("review-it-token");
            browser.driver().findElement(By.cssSelector("#login-form button[type=submit]")).click();

            WebElement draftRow = browser.waitFor(By.cssSelector("#queue tr[data-id='" + DRAFT + "']"));
            assertThat(draftRow.getText()).contains("Measles", "draft");
            assertThat(browser.driver().findElement(By.cssSelector("#queue tr[data-id='tiny-expired-flu']"))
                    .getAttribute("class")).contains("expiring");
            assertAccessible(browser, "queue");

            draftRow.findElement(By.tagName("button")).click();
            browser.waitFor(By.id("document-text"));
            assertThat(browser.driver().findElement(By.id("document-text")).getText())
                    .contains("Measles is a very contagious disease caused by a virus.");
            assertThat(browser.script("return document.activeElement.id;")).isEqualTo("document-title");
            browser.driver().findElement(By.id("reviewer")).sendKeys("Dr Ada Test");
            browser.driver().findElement(By.id("note")).sendKeys("Checked against the clinic's guidance.");
            browser.driver().findElement(By.cssSelector("#decision-form button[value=approve]")).click();
            browser.waitUntil("return document.getElementById('status').textContent.startsWith('Recorded: approved');");
            assertThat(browser.driver().findElement(By.id("status")).getText()).contains("approved and served");
            assertAccessible(browser, "decided");
        }

        assertThat(hits(get("/api/search?q=measles+virus", false), DRAFT)).as("served once approved").isTrue();
        JsonNode citation = null;
        for (JsonNode c : chat("What is measles?").get("citations")) {
            if (c.get("docId").asText().equals(DRAFT)) {
                citation = c;
            }
        }
        assertThat(citation).as("the approved draft answers").isNotNull();
        JsonNode shown = get("/api/review/document?id=" + DRAFT, true);
        assertThat(citation.get("version").asText()).isEqualTo(shown.get("version").asText());
        assertThat(citation.get("reviewStatus").asText()).isEqualTo("approved");
        JsonNode served = get("/api/review/queue", true).get("served");
        assertThat(served.findValues("id").stream().map(JsonNode::asText).toList()).contains(DRAFT);
        for (JsonNode item : served) {
            if (item.get("id").asText().equals(DRAFT)) {
                assertThat(item.get("cited").asLong()).isPositive();
            }
        }
        JsonNode audit = get("/api/admin/audit", true).get("reviewDecisions");
        assertThat(audit.toString()).contains(DRAFT, "approved", "Dr Ada Test");

        int i = corpus.indexOf(corpus.stream().filter(d -> d.id().equals(DRAFT)).findFirst().orElseThrow());
        Document d = corpus.get(i);
        corpus.set(i, new Document(d.id(), d.title(), d.language(), d.publisher(), d.url(),
                List.of(new Document.Section("Measles", "Measles is a very contagious disease caused by a virus.\n"
                        + "Two doses of the MMR vaccine protect against it.")), d.synonyms(), d.codes(), d.review(), d.sources()));
        ingestor.ingest("default", corpus, true, IngestProgress.NONE);

        try (Browser browser = Browser.start(Browser.DESKTOP)) {
            browser.open("http://localhost:" + port + "/review.html");
            browser.driver().findElement(By.id("token")).sendKeys("review-it-token");
            browser.driver().findElement(By.cssSelector("#login-form button[type=submit]")).click();
            browser.waitFor(By.cssSelector("#queue tr[data-id='" + DRAFT + "'] button")).click();
            browser.waitFor(By.id("diff"));
            assertThat(browser.driver().findElement(By.cssSelector("#diff ins")).getText())
                    .isEqualTo("Two doses of the MMR vaccine protect against it.");
            assertThat(browser.driver().findElement(By.id("diff-caption")).getText()).contains("approved version");
            assertAccessible(browser, "side-by-side diff");
            browser.screenshot("review-diff");
        }
        assertThat(hits(get("/api/search?q=measles+virus", false), DRAFT)).as("the changed draft is not served").isFalse();
    }
}
