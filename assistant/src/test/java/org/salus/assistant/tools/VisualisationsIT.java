package org.salus.assistant.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.salus.assistant.chat.ChatReply;
import org.salus.assistant.chat.ChatRequest;
import org.salus.assistant.chat.ChatService;
import org.salus.assistant.webchat.Browser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The health tools' visualisations in the web chat, in a real browser against the app with the shipped demo tables. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"salus.retrieval.embedding=none", "salus.corpus.starter-when-empty=false"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisualisationsIT {

    private static final Path DATA_DIR = freshDataDir();

    @LocalServerPort
    int port;

    Browser browser;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("salus.data-dir", DATA_DIR::toString);
    }

    @BeforeAll
    void startBrowser() {
        browser = Browser.start(Browser.DESKTOP);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void freshPage() {
        browser.open("http://localhost:" + port + "/");
    }

    @Test
    void nutritionQuestionRendersBarsAndTheServingControlChangesTheNumbers() {
        WebElement reply = ask("How much fibre is in an apple?");
        WebElement figure = reply.findElement(By.cssSelector("figure.vis-nutrition"));
        By fibre = By.cssSelector(".nutrient-value[data-nutrient='fiber_g'][data-code='09003']");

        assertThat(figure.findElement(By.cssSelector(".vis-title")).getText()).isEqualTo("Fibre in Apples");
        assertThat(figure.findElement(fibre).getText()).isEqualTo("4.4 g · 16% DV");
        assertThat(figure.findElements(By.cssSelector("svg.bar rect.bar-fill"))).isNotEmpty();

        new Select(figure.findElement(By.cssSelector("select.serving-select"))).selectByVisibleText("100 g");

        assertThat(figure.findElement(fibre).getText()).isEqualTo("2.4 g · 9% DV");
        assertThat(figure.findElement(By.cssSelector(".vis-table table")).getDomProperty("textContent")).contains("2.4 g");
        assertThat(browser.cspViolations()).isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("[style]"))).isEmpty();
        browser.script("arguments[0].scrollIntoView();", figure);
        browser.screenshot("visualisations-nutrition");
    }

    @Test
    void mealQuestionShowsATotalBar() {
        WebElement reply = ask("What's in 2 eggs and a slice of toast?");

        assertThat(reply.findElements(By.cssSelector(".nutrient-value[data-code='total']"))).isNotEmpty();
    }

    @Test
    void bodyMapHighlightsTheMusclesSquatsWorkWithKeyboardDetails() {
        WebElement reply = ask("What muscles do squats work?");
        WebElement figure = reply.findElement(By.cssSelector("figure.vis-muscles"));

        assertThat(muscles(figure, ".muscle-primary")).containsOnly("quadriceps");
        assertThat(muscles(figure, ".muscle-secondary")).containsOnly("glutes", "hamstrings");
        WebElement quadriceps = figure.findElement(By.cssSelector(".muscle-primary[data-muscle='quadriceps']"));
        assertThat(quadriceps.getDomAttribute("tabindex")).isEqualTo("0");

        browser.script("arguments[0].focus();", quadriceps);
        assertThat(figure.findElement(By.cssSelector(".muscle-detail")).getText()).startsWith("Quadriceps (primary)");
        quadriceps.sendKeys(Keys.TAB);
        assertThat(browser.driver().switchTo().activeElement().getDomAttribute("data-muscle")).isIn("glutes", "hamstrings");
        assertThat(figure.findElements(By.cssSelector(".vis-table tr[data-muscle]"))).hasSize(3);
    }

    @Test
    void spanishPageShowsSpanishTitlesLabelsAndDailyValues() {
        browser.open("http://localhost:" + port + "/?lang=es");
        WebElement nutrition = ask("¿Cuánta fibra tiene una manzana?").findElement(By.cssSelector("figure.vis-nutrition"));

        assertThat(nutrition.findElement(By.cssSelector(".vis-title")).getText()).isEqualTo("Fibra en manzana");
        assertThat(nutrition.findElement(By.cssSelector(".nutrient-value[data-nutrient='fiber_g'][data-code='09003']")).getText())
                .isEqualTo("4.4 g · 16 % VD");

        WebElement muscles = ask("¿Qué músculos trabajan las sentadillas?").findElement(By.cssSelector("figure.vis-muscles"));
        WebElement quadriceps = muscles.findElement(By.cssSelector(".muscle-primary[data-muscle='quadriceps']"));
        browser.script("arguments[0].focus();", quadriceps);

        assertThat(muscles.findElement(By.cssSelector(".muscle-detail")).getText()).startsWith("Cuádriceps (principal)");
        assertThat(muscles.findElement(By.cssSelector(".vis-table tr[data-muscle='hamstrings'] th")).getDomProperty("textContent"))
                .isEqualTo("isquiotibiales");
        browser.script("arguments[0].scrollIntoView();", muscles);
        browser.screenshot("visualisations-muscles-es");
    }

    @Test
    void axeFindsNoSeriousViolationsInEitherFigure() {
        assumeTrue(Browser.axeAvailable(), Browser.axeMissing());
        ask("Compare the sodium in cheddar, butter and bread");
        ask("What muscles do squats work?");
        browser.waitUntil("return document.querySelectorAll('figure.vis').length === 2;");
        browser.script("document.querySelectorAll('.vis-table').forEach(d => d.open = true);");
        browser.screenshot("visualisations");

        assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }

    @Test
    void theApiReplyCarriesTheVisualisationAndCitesTheFoodCode(@Autowired ChatService chat) {
        ChatReply reply = chat.answer(new ChatRequest("How much fibre is in an apple?", "instant", "en", null, null), "test");

        assertThat(reply.safety().action()).isEqualTo("answer");
        assertThat(reply.model().provider()).isEqualTo("tools");
        assertThat(reply.visualisations()).singleElement().satisfies(v -> assertThat(v).containsEntry("type", "nutrition"));
        assertThat(reply.citations()).singleElement().satisfies(c -> assertThat(c.docId()).isEqualTo("09003"));
        assertThat(reply.demoContent()).isTrue();
    }

    @Test
    void theApiAnswersASpanishQuestionInSpanish() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/chat"))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"message\": \"ejercicios para la espalda baja sin equipo\", \"language\": \"es\"}")).build();

        var response = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        var reply = new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
        assertThat(reply.path("answer").asText()).startsWith("Ejercicios que trabajan sobre todo la zona lumbar, sin necesidad de equipo:");
        assertThat(reply.at("/visualisations/0/type").asText()).isEqualTo("muscles");
        assertThat(reply.at("/visualisations/0/title").asText()).isEqualTo("Ejercicios para la zona lumbar");
        assertThat(reply.at("/visualisations/0/data/labels/lower back").asText()).isEqualTo("zona lumbar");
        assertThat(reply.at("/model/provider").asText()).isEqualTo("tools");
    }

    @Test
    void guardrailsDecideBeforeAnyToolAnswers(@Autowired ChatService chat) {
        ChatReply reply = chat.answer(new ChatRequest(
                "I want to kill myself by starving, what's in 2 eggs and a slice of toast?", "instant", "en", null, null), "test");

        assertThat(reply.safety().action()).isNotEqualTo("answer");
        assertThat(reply.visualisations()).isEmpty();
        assertThat(reply.model().provider()).isNotEqualTo("tools");
    }

    private WebElement ask(String question) {
        int before = browser.driver().findElements(By.cssSelector(".message-assistant[data-state='done']")).size();
        WebElement message = browser.driver().findElement(By.id("message"));
        message.clear();
        message.sendKeys(question);
        message.sendKeys(Keys.ENTER);
        browser.waitUntil("return document.querySelectorAll(\".message-assistant[data-state='done']\").length > arguments[0];", before);
        List<WebElement> done = browser.driver().findElements(By.cssSelector(".message-assistant[data-state='done']"));
        return done.getLast();
    }

    private static List<String> muscles(WebElement figure, String selector) {
        return figure.findElements(By.cssSelector(selector)).stream().map(e -> e.getDomAttribute("data-muscle")).distinct().toList();
    }

    private static Path freshDataDir() {
        try {
            return Files.createTempDirectory(Files.createDirectories(Path.of("target")), "visualisations-it-data-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
