package org.salus.assistant.webchat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web chat as a reader uses it, in a real browser against a running server: what every
 * deployment of the page must do, whichever server answers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WebChatScenarios {

    /** A question the starter corpus answers with citations. */
    static final String QUESTION = "What are the signs of dehydration?";
    static final String EMERGENCY = "I have crushing chest pain spreading to my left arm and I can't breathe";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    Browser browser;

    abstract String baseUrl();

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
        browser.resize(Browser.DESKTOP);
        browser.open(baseUrl() + "/");
    }

    @Test
    void streamsACitedAnswer() {
        ask(QUESTION);
        WebElement reply = waitForReply("done");

        assertThat(Integer.parseInt(reply.getDomAttribute("data-deltas"))).isPositive();
        assertThat(reply.findElement(By.cssSelector(".answer")).getText()).isNotBlank();
        assertThat(reply.findElements(By.cssSelector(".answer button.cite"))).isNotEmpty();
        assertThat(reply.findElements(By.cssSelector(".sources-list li"))).isNotEmpty();
        assertThat(announcement()).startsWith("Salus answered:").doesNotContain("[1]");
        assertThat(browser.cspViolations()).isEmpty();
    }

    @Test
    void loadsNothingFromAnyOtherOrigin() {
        ask(QUESTION);
        waitForReply("done");

        @SuppressWarnings("unchecked")
        List<String> foreign = (List<String>) browser.script("""
                return performance.getEntriesByType('resource').map(e => e.name)
                    .filter(url => !url.startsWith(location.origin + '/'));
                """);
        assertThat(foreign).isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("script:not([src]), style, [style]"))).isEmpty();
        assertThat(browser.driver().manage().getCookies()).isEmpty();
    }

    @Test
    void opensACitationWithItsProvenanceAndReturnsFocus() {
        Map<String, Object> reply = askServer(QUESTION, "en");
        @SuppressWarnings("unchecked")
        Map<String, Object> first = ((List<Map<String, Object>>) reply.get("citations")).getFirst();
        ask(QUESTION);
        WebElement marker = waitForReply("done").findElement(By.cssSelector(".answer button.cite"));
        marker.click();

        WebElement dialog = browser.waitFor(By.id("citation-dialog"));
        assertThat(dialog.findElement(By.id("citation-title")).getText()).isEqualTo(first.get("title"));
        assertThat(dialog.findElement(By.id("citation-source")).getText()).isNotBlank();
        assertThat(first.get("reviewedOn")).as("demo content nobody reviewed").isNull();
        assertThat(dialog.findElement(By.id("citation-reviewed")).getText()).isEqualTo("Not reviewed");
        assertThat(dialog.findElement(By.id("citation-updated")).isDisplayed()).isFalse();
        assertThat(dialog.findElement(By.id("citation-excerpt")).getText()).isNotBlank();
        assertThat(dialog.findElement(By.id("citation-link")).getDomAttribute("rel")).contains("noopener");
        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();

        browser.waitUntil("return !document.getElementById('citation-dialog').open;");
        assertThat(browser.driver().switchTo().activeElement()).isEqualTo(marker);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            '',    Call 911 now. Chest pain like this can be a heart attack.,  911
            112,   Call the emergency number now.,                             112
            '',    Llame al 112 ahora mismo.,                                  112
            '',    Get help now.,                                              ''
            """)
    void emergencyPutsTheNumberToCallAboveEverythingElse(String field, String answer, String expectedNumber) {
        browser.controlChatStream();
        ask(EMERGENCY);
        Map<String, Object> safety = new LinkedHashMap<>(Map.of("action", "escalate", "urgency", "emergency",
                "categories", List.of("cardiac"), "policy", "test@1"));
        if (!field.isEmpty()) {
            safety.put("emergencyNumber", field);
        }
        browser.sendEvent("meta", Map.of("safety", safety, "mode", "instant"));

        WebElement banner = browser.waitFor(By.cssSelector("#alerts .alert-emergency"));
        assertThat(banner.getDomAttribute("role")).isEqualTo("alert");
        assertThat(waitForReply("waiting").findElement(By.cssSelector(".answer")).getText())
                .as("the banner is up before any answer text").isEmpty();
        streamReply(safety, answer, List.of());
        waitForReply("done");

        banner = browser.waitFor(By.cssSelector("#alerts .alert-emergency"));
        assertThat(isInViewport(banner)).isTrue();
        List<WebElement> calls = banner.findElements(By.cssSelector("a[href^='tel:']"));
        if (expectedNumber == null || expectedNumber.isEmpty()) {
            assertThat(calls).isEmpty();
            assertThat(banner.getText()).contains("local emergency number");
        } else {
            assertThat(calls).singleElement()
                    .satisfies(call -> assertThat(call.getDomAttribute("href")).isEqualTo("tel:" + expectedNumber));
            assertThat(browser.script("return document.querySelector(\"a[href^='tel:']\") === arguments[0];",
                    calls.getFirst())).as("the first phone link on the page is the banner's").isEqualTo(true);
        }
    }

    @Test
    void crisisRepliesShowTheCrisisLines() {
        browser.controlChatStream();
        ask("I don't want to be alive any more");
        Map<String, Object> safety = Map.of("action", "escalate", "urgency", "urgent",
                "categories", List.of("self_harm_crisis"), "policy", "test@1",
                "crisisLines", List.of(Map.of("name", "Crisis line", "number", "988", "text", "Call or text, any hour.")));
        streamReply(safety, "You deserve support right now. You can call or text 988.", List.of());

        WebElement banner = browser.waitFor(By.cssSelector("#alerts .alert-crisis"));
        assertThat(banner.getText()).contains("Crisis line", "Call or text, any hour.");
        assertThat(banner.findElement(By.cssSelector("a[href^='tel:']")).getDomAttribute("href")).isEqualTo("tel:988");
    }

    @Test
    void refusalsLookCalmNotAlarming() {
        browser.controlChatStream();
        ask("How do I make a poison?");
        streamReply(Map.of("action", "refuse", "urgency", "none", "categories", List.of("harm_to_others"),
                "policy", "test@1"), "I can't help with that.", List.of());

        WebElement reply = waitForReply("done");
        assertThat(reply.findElement(By.cssSelector(".safety-note")).getText()).contains("can't help");
        assertThat(browser.driver().findElements(By.cssSelector("#alerts .alert"))).isEmpty();
        assertThat(reply.getDomAttribute("class")).doesNotContain("message-error", "message-emergency");
    }

    @Test
    void aFailedRequestIsExplainedAndRetried() {
        browser.failNextChatRequest();
        ask(QUESTION);

        WebElement failed = waitForReply("error");
        assertThat(failed.getText()).contains("can't be reached");
        assertThat(announcement()).contains("can't be reached");
        failed.findElement(By.cssSelector(".retry-button")).click();

        WebElement reply = waitForReply("done");
        assertThat(reply.findElements(By.cssSelector(".answer button.cite"))).isNotEmpty();
        assertThat(browser.driver().findElements(By.cssSelector(".message-assistant"))).hasSize(1);
    }

    @Test
    void stopEndsTheAnswerAndKeepsThePageUsable() {
        browser.controlChatStream();
        ask(QUESTION);
        browser.sendEvent("meta", Map.of("safety", Map.of("action", "answer", "urgency", "none",
                "categories", List.of(), "policy", "test@1"), "mode", "instant"));
        browser.sendEvent("delta", Map.of("text", "The first part of an answer"));
        browser.waitUntil("return document.querySelector('.message-assistant').dataset.state === 'streaming';");
        WebElement message = browser.driver().findElement(By.id("message"));
        message.sendKeys("typing while it streams");

        browser.driver().findElement(By.id("stop")).click();

        WebElement reply = waitForReply("stopped");
        assertThat(reply.getText()).contains("The first part of an answer", "You stopped this answer.");
        assertThat(browser.driver().findElement(By.id("send")).isEnabled()).isTrue();
        assertThat(message.getDomProperty("value")).isEqualTo("typing while it streams");
    }

    @Test
    void countsDownBeforeTheLimitAndRefusesToSendPastIt() {
        int max = ((Number) capabilities().getOrDefault("maxMessageChars", 4000)).intValue();
        setMessage("a".repeat(max - max / 10));
        assertThat(browser.driver().findElement(By.id("char-count")).getText())
                .isEqualTo((max / 10) + " characters left");

        setMessage("a".repeat(max + 5));
        browser.driver().findElement(By.id("message")).sendKeys(Keys.ENTER);

        assertThat(browser.driver().findElement(By.id("char-count")).getText()).startsWith("5 characters too many");
        assertThat(browser.driver().findElement(By.id("message")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.driver().findElements(By.cssSelector(".message"))).isEmpty();
    }

    @Test
    void spanishTranslatesTheWholeInterfaceAndTheRequest() {
        Map<String, String> english = visibleTexts();
        new Select(browser.driver().findElement(By.id("language"))).selectByValue("es");
        browser.waitUntil("return document.documentElement.lang === 'es';");
        Map<String, String> spanish = visibleTexts();

        List<String> untranslated = new ArrayList<>();
        english.forEach((key, text) -> {
            if (text.equals(spanish.get(key)) || key.equals(spanish.get(key))) {
                untranslated.add(key + " = " + text);
            }
        });
        assertThat(untranslated).isEmpty();
        assertThat(browser.driver().getTitle()).contains("salud");

        browser.controlChatStream();
        ask("¿Cuáles son los signos de la deshidratación?");
        assertThat(browser.script("return window.__sse.requests[0].language;")).isEqualTo("es");
    }

    @Test
    void worksWithTheKeyboardAlone() {
        Actions keys = new Actions(browser.driver());
        keys.sendKeys(Keys.TAB).perform();
        assertThat(active().getDomAttribute("class")).contains("skip-link");
        keys.sendKeys(Keys.ENTER).perform();
        browser.waitUntil("return document.activeElement.id === 'message';");

        keys.sendKeys(QUESTION).sendKeys(Keys.ENTER).perform();
        waitForReply("done");
        WebElement marker = tabTo(".answer button.cite");
        keys.sendKeys(Keys.ENTER).perform();
        browser.waitUntil("return document.getElementById('citation-dialog').open;");
        assertThat((Boolean) browser.script(
                "return document.getElementById('citation-dialog').contains(document.activeElement);")).isTrue();
        keys.sendKeys(Keys.ESCAPE).perform();
        browser.waitUntil("return !document.getElementById('citation-dialog').open;");
        assertThat(active()).isEqualTo(marker);

        WebElement thumbsUp = tabTo("button.vote-up");
        keys.sendKeys(Keys.SPACE).perform();
        assertThat(thumbsUp.getDomAttribute("aria-pressed")).isEqualTo("true");
    }

    @Test
    void reflowsWithoutSidewaysScrollingAt320Pixels() {
        ask(QUESTION);
        waitForReply("done");
        browser.resize(new Browser.Viewport("narrow", 320, 640, true));

        assertThat(((Number) browser.script("return document.documentElement.scrollWidth;")).intValue())
                .isLessThanOrEqualTo(320);
    }

    @Test
    void modesThatAreNotAvailableAreShownDisabled() {
        Map<String, Object> capabilities = capabilities();
        @SuppressWarnings("unchecked")
        Map<String, Boolean> modes = (Map<String, Boolean>) capabilities.get("modes");
        for (String mode : List.of("instant", "thinking", "contemplating")) {
            WebElement radio = browser.driver().findElement(By.cssSelector("input[name=mode][value=" + mode + "]"));
            assertThat(radio.isDisplayed() || radio.findElement(By.xpath("..")).isDisplayed()).isTrue();
            assertThat(radio.isEnabled()).as(mode).isEqualTo(Boolean.TRUE.equals(modes.get(mode)));
        }
    }

    @Test
    void readsAnEmergencyReplyAloudInstructionsFirstWithoutCitationMarkers() {
        String fake = browser.fakeSpeechSynthesis(List.of(
                Map.of("name", "Network English", "lang", "en-US", "localService", false, "default", true),
                Map.of("name", "Device English", "lang", "en-GB", "localService", true, "default", false)));
        try {
            browser.open(baseUrl() + "/");
            browser.controlChatStream();
            ask(EMERGENCY);
            streamReply(Map.of("action", "escalate", "urgency", "emergency", "categories", List.of("cardiac"),
                            "policy", "test@1"),
                    "Call 911 now [1]. Chest pain like this can be a heart attack [1, 2].\n\n- Do not drive yourself",
                    List.of(citation(1, "Chest pain"), citation(2, "Heart attack")));
            WebElement button = waitForReply("done").findElement(By.cssSelector("button.read-aloud"));
            assertThat(button.isDisplayed()).isTrue();
            assertThat(button.getText()).isEqualTo("Read aloud");

            button.click();

            assertThat(spoken("text")).containsExactly("This may be an emergency.",
                    "Call 9 1 1 now, or go to the nearest emergency department.",
                    "Call 9 1 1 now.", "Chest pain like this can be a heart attack.", "Do not drive yourself.");
            assertThat(spoken("voice")).containsOnly("Device English");
            assertThat(button.getText()).isEqualTo("Stop reading");
            browser.screenshot("read-aloud");
            button.click();
            assertThat(button.getText()).isEqualTo("Read aloud");
            assertThat(browser.script("return window.__speech.cancelled;")).isEqualTo(1L);

            button.click();
            browser.script("window.__speech.finishAll();");
            assertThat(button.getText()).isEqualTo("Read aloud");
        } finally {
            browser.removeNewDocumentScript(fake);
        }
    }

    @Test
    void readsTheCrisisLinesBeforeTheAnswer() {
        String fake = browser.fakeSpeechSynthesis(List.of(
                Map.of("name", "Device English", "lang", "en-US", "localService", true, "default", true)));
        try {
            browser.open(baseUrl() + "/");
            browser.controlChatStream();
            ask("I don't want to be alive any more");
            streamReply(Map.of("action", "escalate", "urgency", "urgent", "categories", List.of("self_harm_crisis"),
                    "policy", "test@1", "crisisLines", List.of(Map.of("name", "Crisis line", "number", "988",
                            "text", "Call or text, any hour."))),
                    "You deserve support right now [1]. You can call or text 988.", List.of());

            waitForReply("done").findElement(By.cssSelector("button.read-aloud")).click();

            assertThat(spoken("text")).containsExactly("You don't have to face this alone.",
                    "Trained people are ready to listen, any time of day or night.",
                    "Crisis line, 9 8 8, Call or text, any hour.",
                    "You deserve support right now.", "You can call or text 988.");
        } finally {
            browser.removeNewDocumentScript(fake);
        }
    }

    @Test
    void offersNoReadAloudWithoutAVoiceOnThisDevice() {
        String fake = browser.fakeSpeechSynthesis(List.of(
                Map.of("name", "Network English", "lang", "en-US", "localService", false, "default", true),
                Map.of("name", "Device Spanish", "lang", "es-ES", "localService", true, "default", false)));
        try {
            browser.open(baseUrl() + "/");
            browser.controlChatStream();
            ask(QUESTION);
            streamReply(Map.of("action", "answer", "urgency", "none", "categories", List.of(), "policy", "test@1"),
                    "Drink water [1].", List.of());

            assertThat(waitForReply("done").findElement(By.cssSelector("button.read-aloud")).isDisplayed())
                    .as("only a network voice speaks English here").isFalse();
        } finally {
            browser.removeNewDocumentScript(fake);
        }
    }

    /**
     * Walks the main states at a phone and a desktop width, saving a screenshot of each and running
     * axe-core on each: empty, answering, answered, citation open, emergency, error, Spanish.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"phone", "desktop"})
    void mainStatesHaveNoSeriousAccessibilityProblems(String width) {
        browser.resize("phone".equals(width) ? Browser.PHONE : Browser.DESKTOP);
        Map<String, List<String>> problems = new LinkedHashMap<>();
        Map<String, Object> reply = askServer(QUESTION, "en");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> citations = (List<Map<String, Object>>) reply.get("citations");
        String answer = (String) reply.get("answer");

        browser.open(baseUrl() + "/");
        check("1-empty", problems);

        browser.controlChatStream();
        ask(QUESTION);
        browser.sendEvent("meta", Map.of("safety", reply.get("safety"), "mode", "instant"));
        browser.sendEvent("delta", Map.of("text", answer.substring(0, answer.length() / 2)));
        browser.waitUntil("return document.querySelector('.message-assistant').dataset.state === 'streaming';");
        check("2-answering", problems);
        browser.sendEvent("delta", Map.of("text", answer.substring(answer.length() / 2)));
        browser.sendEvent("citations", Map.of("citations", citations));
        browser.sendEvent("done", reply);
        browser.endStream();
        waitForReply("done");
        check("3-answered", problems);
        waitForReply("done").findElement(By.cssSelector(".answer button.cite")).click();
        browser.waitUntil("return document.getElementById('citation-dialog').open;");
        check("4-citation", problems);

        browser.open(baseUrl() + "/");
        browser.controlChatStream();
        ask(EMERGENCY);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> emergencyCitations =
                (List<Map<String, Object>>) askServer(EMERGENCY, "en").get("citations");
        streamReply(emergencySafety(), EMERGENCY_ANSWER, emergencyCitations);
        waitForReply("done");
        check("5-emergency", problems);

        browser.open(baseUrl() + "/");
        browser.failNextChatRequest();
        ask(QUESTION);
        waitForReply("error");
        check("6-error", problems);

        browser.open(baseUrl() + "/");
        new Select(browser.driver().findElement(By.id("language"))).selectByValue("es");
        browser.waitUntil("return document.documentElement.lang === 'es';");
        ask("¿Cuáles son los signos de la deshidratación?");
        waitForReply("done");
        check("7-spanish", problems);

        assertThat(browser.cspViolations()).isEmpty();
        assumeTrue(Browser.axeAvailable(), Browser.axeMissing());
        assertThat(problems).isEmpty();
    }

    /** The shape of an escalated reply (issue #3) for the screenshots, cited to the server's own sources. */
    static final String EMERGENCY_ANSWER = "Call 911 now. Crushing chest pain that spreads to the arm can be a sign "
            + "of a heart attack [1]. Do not drive yourself to hospital [1].";

    static Map<String, Object> emergencySafety() {
        return Map.of("action", "escalate", "urgency", "emergency", "categories", List.of("cardiac"),
                "policy", "test@1", "emergencyNumber", "911");
    }

    private void check(String state, Map<String, List<String>> problems) {
        browser.screenshot(state);
        if (Browser.axeAvailable()) {
            List<String> found = browser.seriousAccessibilityViolations();
            if (!found.isEmpty()) {
                problems.put(state + "-" + browser.viewport().name(), found);
            }
        }
    }

    // --- helpers shared with subclasses ---

    void ask(String question) {
        WebElement message = browser.driver().findElement(By.id("message"));
        message.clear();
        message.sendKeys(question);
        message.sendKeys(Keys.ENTER);
    }

    WebElement waitForReply(String state) {
        return browser.waitFor(By.cssSelector(".message-assistant[data-state='" + state + "']"));
    }

    String announcement() {
        browser.waitUntil("return document.getElementById('announcer').textContent.length > 0;");
        return browser.driver().findElement(By.id("announcer")).getDomProperty("textContent");
    }

    /** Feeds a complete reply through the controlled stream: meta, the answer in two pieces, citations, done. */
    void streamReply(Map<String, Object> safety, String answer, List<Map<String, Object>> citations) {
        browser.sendEvent("meta", Map.of("safety", safety, "mode", "instant",
                "model", Map.of("provider", "test", "name", "fixture")));
        int half = answer.length() / 2;
        browser.sendEvent("delta", Map.of("text", answer.substring(0, half)));
        browser.sendEvent("delta", Map.of("text", answer.substring(half)));
        browser.sendEvent("citations", Map.of("citations", citations));
        browser.sendEvent("done", Map.of("answer", answer, "citations", citations, "safety", safety,
                "disclaimer", "General information.", "mode", "instant",
                "model", Map.of("provider", "test", "name", "fixture"), "timingsMs", Map.of("total", 1)));
        browser.endStream();
    }

    Map<String, Object> askServer(String message, String language) {
        return postJson("/api/chat", Map.of("message", message, "mode", "instant", "language", language));
    }

    Map<String, Object> postJson(String path, Object body) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
    }

    /** The server's capabilities, or the defaults the page assumes when the server has no such endpoint. */
    Map<String, Object> capabilities() {
        HttpResponse<String> response = exchange(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/api/capabilities")).GET().build());
        if (response.statusCode() == 404) {
            return Map.of("maxMessageChars", 4000,
                    "modes", Map.of("instant", true, "thinking", false, "contemplating", false));
        }
        return parse(response);
    }

    private Map<String, Object> send(HttpRequest request) {
        HttpResponse<String> response = exchange(request);
        assertThat(response.statusCode()).as(request.uri() + " answered " + response.body()).isEqualTo(200);
        return parse(response);
    }

    private static HttpResponse<String> exchange(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(HttpResponse<String> response) {
        return JSON.readValue(response.body(), Map.class);
    }

    boolean isInViewport(WebElement element) {
        return Boolean.TRUE.equals(browser.script("""
                const r = arguments[0].getBoundingClientRect();
                return r.top >= 0 && r.top < window.innerHeight && r.height > 0;
                """, element));
    }

    private static Map<String, Object> citation(int n, String title) {
        return Map.of("n", n, "id", "p" + n, "docId", "d" + n, "title", title, "url", "https://example.org/" + n,
                "source", "Test library", "excerpt", title + ".");
    }

    private List<Object> spoken(String field) {
        @SuppressWarnings("unchecked")
        List<Object> values = (List<Object>) browser.script(
                "return window.__speech.spoken.map(s => s[arguments[0]]);", field);
        return values;
    }

    private void setMessage(String text) {
        browser.script("const m = document.getElementById('message'); m.value = arguments[0];"
                + "m.dispatchEvent(new Event('input'));", text);
    }

    private WebElement active() {
        return browser.driver().switchTo().activeElement();
    }

    /** Presses Tab until an element matching the selector has focus, checking each stop shows a focus ring. */
    private WebElement tabTo(String selector) {
        Actions keys = new Actions(browser.driver());
        for (int stops = 0; stops < 60; stops++) {
            keys.sendKeys(Keys.TAB).perform();
            WebElement focused = active();
            assertThat(hasVisibleFocus()).as("focus ring on %s", focused.getTagName() + "." + focused.getDomAttribute("class")).isTrue();
            if (Boolean.TRUE.equals(browser.script("return document.activeElement.matches(arguments[0]);", selector))) {
                return focused;
            }
        }
        throw new AssertionError("Tab never reached " + selector);
    }

    private boolean hasVisibleFocus() {
        return Boolean.TRUE.equals(browser.script("""
                const e = document.activeElement;
                if (e === document.body || e === null) return true;
                const own = getComputedStyle(e);
                if (own.outlineStyle !== 'none' && parseFloat(own.outlineWidth) >= 2) return true;
                const wrapper = e.closest('.mode-option');
                return !!wrapper && getComputedStyle(wrapper).outlineStyle !== 'none';
                """));
    }

    /** Every translatable text and attribute now on the page, by its translation key. */
    private Map<String, String> visibleTexts() {
        @SuppressWarnings("unchecked")
        Map<String, String> texts = (Map<String, String>) browser.script("""
                const out = {};
                for (const e of document.querySelectorAll('[data-i18n]')) out[e.dataset.i18n] = e.textContent.trim();
                for (const e of document.querySelectorAll('[data-i18n-attr]')) {
                  for (const pair of e.dataset.i18nAttr.split(';').filter(Boolean)) {
                    const [attr, key] = pair.split(':');
                    out[key + '@' + attr] = e.getAttribute(attr);
                  }
                }
                out['page.title'] = document.title;
                return out;
                """);
        return texts;
    }
}
