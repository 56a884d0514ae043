package org.salus.assistant.webchat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.salus.assistant.SalusApplication;
import org.salus.assistant.image.TestImages;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A reader attaches a photo of a medicine label in the web chat and gets the cited answer: the attach button, the
 * preview chip with its remove button, the browser's own type check, and the button hidden where the server reads
 * no images. Runs against the real server (starter corpus, OCR) in a real browser.
 */
@SpringBootTest(classes = SalusApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "salus.retrieval.embedding=none")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImageUploadIT {

    private static final Path FILES = Path.of("target", "image-upload-it").toAbsolutePath();

    @LocalServerPort
    int port;

    private Browser browser;

    @DynamicPropertySource
    static void starterCorpus(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "it-data")), "image-upload-");
        registry.add("salus.data-dir", dir::toString);
    }

    @BeforeAll
    void start() throws IOException {
        browser = Browser.start(Browser.DESKTOP);
        // ?no-image-input: the page is told the server reads no images, as one without OCR would say;
        // ?small-image-limit: the server's image limit is 0.1 MB.
        browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                if (location.search.includes('no-image-input') || location.search.includes('small-image-limit')) {
                  const realFetch = window.fetch.bind(window);
                  window.fetch = async (url, init) => {
                    const response = await realFetch(url, init);
                    if (!String(url).includes('/api/capabilities')) return response;
                    const body = await response.json();
                    if (location.search.includes('no-image-input')) body.imageInput = false;
                    else body.maxImageBytes = 104857.6;
                    return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
                  };
                }
                """));
        Files.createDirectories(FILES);
        Files.write(FILES.resolve("ibuprofen-label.png"), TestImages.png(TestImages.medicationLabel()));
        Files.writeString(FILES.resolve("notes.txt"), "not a photo");
        Files.write(FILES.resolve("noise.png"), TestImages.png(TestImages.noise(500, 500)));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void needsOcr() {
        TestImages.assumeTesseract();
        browser.resize(Browser.DESKTOP);
    }

    @Test
    void aPhotoOfALabelGetsACitedAnswer() {
        browser.open(baseUrl());
        WebElement attach = browser.waitFor(By.id("attach"));
        assertThat(attach.getAccessibleName()).isEqualTo("Add a photo of a medicine label or lab report");

        choose("ibuprofen-label.png");
        WebElement chip = browser.waitFor(By.id("image-chip"));
        assertThat(chip.getText()).contains("ibuprofen-label.png");
        assertThat(browser.driver().findElement(By.id("image-status")).getText()).contains("the photo is not kept");
        List<String> attachedProblems = accessibilityProblems("image-1-attached");
        browser.driver().findElement(By.id("send")).click();

        WebElement reply = new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> {
            List<WebElement> done = d.findElements(By.cssSelector(".message-assistant[data-state='done']"));
            return done.isEmpty() ? null : done.getFirst();
        });
        assertThat(reply.findElement(By.cssSelector(".answer")).getText())
                .startsWith("From the image I read: ibuprofen 200 mg.");
        assertThat(reply.findElements(By.cssSelector(".answer button.cite"))).isNotEmpty();
        assertThat(reply.findElement(By.cssSelector(".sources")).getText()).contains("Ibuprofen safety");
        assertThat(browser.driver().findElement(By.cssSelector(".message-user img.question-image"))
                .getDomAttribute("alt")).isEqualTo("The photo you sent");
        assertThat(browser.driver().findElement(By.id("image-chip")).isDisplayed()).isFalse();
        List<String> answeredProblems = new java.util.ArrayList<>(accessibilityProblems("image-2-answered"));
        browser.resize(Browser.PHONE);
        answeredProblems.addAll(accessibilityProblems("image-2-answered"));
        assertThat(browser.cspViolations()).isEmpty();
        assumeTrue(Browser.axeAvailable(), Browser.axeMissing());
        assertThat(attachedProblems).isEmpty();
        assertThat(answeredProblems).isEmpty();
    }

    @Test
    void thePhotoCanBeRemovedWithTheKeyboard() {
        browser.open(baseUrl());
        choose("ibuprofen-label.png");
        browser.waitFor(By.id("image-chip"));

        browser.driver().findElement(By.id("image-remove")).sendKeys(Keys.ENTER);

        browser.waitUntil("return document.getElementById('image-chip').hidden;");
        assertThat(browser.driver().switchTo().activeElement().getDomAttribute("id")).isEqualTo("attach");
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        assertThat(browser.driver().findElements(By.cssSelector(".message-user"))).isEmpty();
    }

    @Test
    void aFileThatIsNotAPhotoIsRefusedInTheBrowser() {
        browser.open(baseUrl());

        choose("notes.txt");

        browser.waitUntil("return document.getElementById('image-status').textContent.length > 0;");
        assertThat(browser.driver().findElement(By.id("image-status")).getText()).isEqualTo("Please choose a JPEG or PNG photo.");
        assertThat(browser.driver().findElement(By.id("image-chip")).isDisplayed()).isFalse();
    }

    @Test
    void aPhotoOverTheServersLimitIsRefusedInTheBrowser() {
        browser.open(baseUrl() + "?small-image-limit");

        choose("noise.png");

        browser.waitUntil("return document.getElementById('image-status').textContent.length > 0;");
        assertThat(browser.driver().findElement(By.id("image-status")).getText())
                .isEqualTo("That photo is too large (the limit is 0.1 MB). Please choose a smaller one.");
        assertThat(browser.driver().findElement(By.id("image-chip")).isDisplayed()).isFalse();
    }

    @Test
    void theAttachButtonIsHiddenWhenTheServerReadsNoImages() {
        browser.open(baseUrl() + "?no-image-input");

        assertThat(browser.driver().findElement(By.id("attach")).isDisplayed()).isFalse();
    }

    private void choose(String file) {
        browser.script("document.getElementById('image-input').hidden = false;");
        browser.driver().findElement(By.id("image-input")).sendKeys(FILES.resolve(file).toString());
        browser.script("document.getElementById('image-input').hidden = true;");
    }

    private List<String> accessibilityProblems(String state) {
        browser.screenshot(state);
        return Browser.axeAvailable() ? browser.seriousAccessibilityViolations() : List.of();
    }

    private String baseUrl() {
        return "http://localhost:" + port + "/";
    }
}
