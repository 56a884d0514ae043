package org.salus.assistant.webchat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.salus.kb.index.IngestProgress;
import org.salus.kb.index.Ingestor;
import org.salus.kb.ingest.ImportOptions;
import org.salus.kb.ingest.ImportResult;
import org.salus.kb.ingest.Importers;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The web chat scenarios against the real Salus application on a random port, plus what only it can show. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"salus.retrieval.embedding=none", "salus.corpus.starter-when-empty=false"})
class WebChatIT extends WebChatScenarios {

    private static final Path DATA_DIR = freshDataDir();

    @LocalServerPort
    int port;

    @Autowired
    FeedbackTally tally;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("salus.data-dir", DATA_DIR::toString);
    }

    /** Indexes the test library (src/test/resources/webchat-corpus) before the first question. */
    @BeforeAll
    void indexTestLibrary(@Autowired Ingestor ingestor) throws Exception {
        Path corpus = Path.of(WebChatIT.class.getResource("/webchat-corpus").toURI());
        ImportResult library = Importers.forFormat("salus-md").orElseThrow().read(corpus, ImportOptions.defaults());
        assertThat(library.problems()).isEmpty();
        ingestor.ingest("default", library.documents(), true, IngestProgress.NONE);
        Path nlm = Path.of(WebChatIT.class.getResource("/corpus-fetch/v1.xml").toURI());
        ImportResult imported = Importers.forFormat("medlineplus-xml").orElseThrow().read(nlm, ImportOptions.defaults());
        ingestor.ingest("default", imported.documents().stream().filter(d -> d.language().equals("en")).toList(), false,
                IngestProgress.NONE);
    }

    @Test
    void anImportedGovernmentSourceShowsItsPublisherItsUpdateDateAndNoReviewDate() {
        String question = "How long do hiccups last?";
        @SuppressWarnings("unchecked")
        Map<String, Object> cited = ((List<Map<String, Object>>) askServer(question, "en").get("citations")).getFirst();
        assertThat(cited).containsEntry("docId", "mplus-9001").containsEntry("reviewedOn", null)
                .containsEntry("updatedOn", "2026-11-30")
                .containsEntry("source", "MedlinePlus, U.S. National Library of Medicine");

        ask(question);
        waitForReply("done").findElement(By.cssSelector(".answer button.cite")).click();

        WebElement dialog = browser.waitFor(By.id("citation-dialog"));
        assertThat(dialog.findElement(By.id("citation-source")).getText())
                .isEqualTo("MedlinePlus, U.S. National Library of Medicine");
        assertThat(dialog.findElement(By.id("citation-updated-label")).isDisplayed()).isTrue();
        assertThat(dialog.findElement(By.id("citation-updated")).getText()).isEqualTo("November 30, 2026");
        assertThat(dialog.findElement(By.id("citation-reviewed")).getText()).isEqualTo("Not reviewed");
        assertThat(dialog.findElement(By.id("citation-demo")).isDisplayed()).isFalse();
    }

    @Override
    String baseUrl() {
        return "http://localhost:" + port;
    }

    @Test
    void servesThePageWithStrictSecurityHeaders() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<script type=\"module\" src=\"js/app.js\"></script>");
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValue(SecurityHeadersFilter.CONTENT_SECURITY_POLICY);
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Permissions-Policy")).isPresent();
        assertThat(page.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void aThumbsUpIsCountedAndCarriesNoText() throws InterruptedException {
        long before = tally.count(FeedbackVote.Vote.UP);
        ask(QUESTION);
        waitForReply("done").findElement(By.cssSelector("button.vote-up")).click();

        browser.waitUntil("return document.querySelector('.feedback-thanks').textContent.length > 0;");
        waitForCount(before + 1);
        assertThat(tally.snapshot().keySet()).allMatch(key -> key.matches("(up|down)/[a-z]+/[a-z]+"));
    }

    @Test
    void aRealEmergencyShowsTheBannerWithTheNumberFirst() {
        Map<String, Object> reply = askServer(EMERGENCY, "en");
        @SuppressWarnings("unchecked")
        Map<String, Object> safety = (Map<String, Object>) reply.get("safety");
        assertThat(safety).as("the server's safety decision for a crushing chest pain message")
                .containsEntry("action", "escalate").containsEntry("urgency", "emergency");

        ask(EMERGENCY);
        browser.waitFor(By.cssSelector("#alerts .alert-emergency"));
        waitForReply("done");
        // The banner shown with the reply's first event is drawn again with the final reply: look it up afresh.
        WebElement banner = browser.waitFor(By.cssSelector("#alerts .alert-emergency"));

        assertThat(isInViewport(banner)).isTrue();
        WebElement call = banner.findElement(By.cssSelector("a[href^='tel:']"));
        assertThat(browser.script("return document.querySelector(\"a[href^='tel:']\") === arguments[0];", call))
                .isEqualTo(true);
    }

    @Test
    void withoutASpeechServiceThereIsNoMicrophoneAndNoTranscription() throws Exception {
        assertThat(capabilities().get("voiceInput")).isEqualTo(false);
        assertThat(browser.driver().findElements(By.id("mic"))).isEmpty();

        HttpResponse<String> transcribe = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/api/transcribe")).header("Content-Type", "audio/webm")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3}))
                        .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(transcribe.statusCode()).isEqualTo(404);
        assertThat(transcribe.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(transcribe.body()).contains("Voice input is not configured");
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.headers().firstValue("Permissions-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).contains("microphone=()"));
    }

    @Test
    void aThinkingAnswerShowsHowItWasMadeFoldedWithItsSubQuestions() {
        browser.driver().findElement(By.cssSelector("input[name=mode][value=thinking]")).click();
        ask("What are the signs of dehydration and when should a fever be checked by a doctor?");
        WebElement reply = waitForReply("done");

        WebElement trace = reply.findElement(By.cssSelector("details.trace"));
        WebElement summary = trace.findElement(By.tagName("summary"));
        assertThat(trace.getDomProperty("open")).isEqualTo("false");
        assertThat(summary.getText()).contains("How this answer was made", "Thinking");
        assertThat(trace.findElement(By.cssSelector(".trace-subquestions")).isDisplayed()).isFalse();

        summary.click();
        browser.waitUntil("return document.querySelector('details.trace').open;");
        List<WebElement> parts = trace.findElements(By.cssSelector(".trace-subquestions li"));
        assertThat(parts).hasSize(2).allMatch(WebElement::isDisplayed);
        assertThat(parts.get(0).getText()).contains("signs of dehydration");
        assertThat(parts.get(1).getText()).contains("fever");
        assertThat(trace.findElements(By.cssSelector(".trace-timings li"))).isNotEmpty();
        browser.script("arguments[0].scrollIntoView({block: 'start'});", trace);
        browser.screenshot("8-trace-open");
        assertThat(browser.cspViolations()).isEmpty();
        assumeTrue(Browser.axeAvailable(), Browser.axeMissing());
        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }

    private void waitForCount(long expected) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (tally.count(FeedbackVote.Vote.UP) < expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(tally.count(FeedbackVote.Vote.UP)).isEqualTo(expected);
    }

    private static Path freshDataDir() {
        try {
            return Files.createTempDirectory(Files.createDirectories(Path.of("target")), "webchat-it-data-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
