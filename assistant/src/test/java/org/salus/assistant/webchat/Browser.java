package org.salus.assistant.webchat;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.json.JsonMapper;

/**
 * A headless Debian Chromium driven through chromedriver, with what the web chat tests need on top:
 * exact viewports, screenshots, axe-core checks and a controllable chat stream.
 */
public final class Browser implements AutoCloseable {

    static final Viewport PHONE = new Viewport("phone", 390, 844, true);
    public static final Viewport DESKTOP = new Viewport("desktop", 1280, 900, false);

    private static final Path CHROMIUM = Path.of(System.getProperty("salus.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("salus.chromedriver", "/usr/bin/chromedriver"));
    private static final Path AXE = Path.of(System.getProperty("salus.axe", "target/axe/node_modules/axe-core/axe.min.js"));
    private static final Path SCREENSHOTS = Path.of(System.getProperty("salus.screenshots", "target/screenshots"));
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ChromeDriver driver;
    private final Path profile;
    private Viewport viewport;

    /** A named screen size; mobile ones get touch-style emulation. */
    public record Viewport(String name, int width, int height, boolean mobile) {
    }

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Skips the calling test, with the install command, when Chromium or its driver is missing. */
    static void assumeInstalled() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser tests skipped: " + CHROMIUM + " or " + CHROMEDRIVER
                        + " is missing (apt-get install chromium chromium-driver)");
    }

    public static Browser start(Viewport viewport) {
        return start(viewport, List.of());
    }

    /**
     * A browser with extra Chromium switches, e.g. {@code --use-fake-device-for-media-stream} for the voice tests
     * only, so every other test keeps a browser without a microphone.
     */
    public static Browser start(Viewport viewport, List<String> extraArguments) {
        assumeInstalled();
        try {
            Path profile = Files.createTempDirectory(Files.createDirectories(Path.of("target", "chromium")), "profile-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                    "--disable-dev-shm-usage", "--hide-scrollbars", "--lang=en-US",
                    "--user-data-dir=" + profile, "--window-size=" + viewport.width() + "," + viewport.height());
            options.addArguments(extraArguments);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            Browser browser = new Browser(new ChromeDriver(service, options), profile);
            browser.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                    "window.__cspViolations = [];"
                            + "document.addEventListener('securitypolicyviolation',"
                            + " e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));"));
            browser.resize(viewport);
            return browser;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    Viewport viewport() {
        return viewport;
    }

    public void resize(Viewport next) {
        viewport = next;
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", next.width(), "height", next.height(), "deviceScaleFactor", 1, "mobile", next.mobile()));
    }

    /** Loads the page and waits until its scripts have translated it and read the capabilities. */
    public void open(String url) {
        driver.get(url);
        if (Boolean.TRUE.equals(script("const had = localStorage.length > 0; localStorage.clear(); return had;"))) {
            driver.navigate().refresh();
        }
        waitFor(By.cssSelector("body.ready"));
    }

    public WebElement waitFor(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    public void waitUntil(String script, Object... args) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(script, args)));
    }

    public Object script(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** Saves what the reader sees now as target/screenshots/NAME-VIEWPORT.png. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + "-" + viewport.name() + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> cspViolations() {
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) script("return window.__cspViolations || [];");
        return violations;
    }

    public static boolean axeAvailable() {
        return Files.isReadable(AXE);
    }

    public static String axeMissing() {
        return "axe-core not found at " + AXE + " (the build fetches it with npm in pre-integration-test)";
    }

    /** Runs axe-core on the page as it is and returns the serious and critical violations, one line each. */
    public List<String> seriousAccessibilityViolations() {
        try {
            if (!Boolean.TRUE.equals(script("return typeof window.axe === 'object';"))) {
                script(Files.readString(AXE, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values:
                    ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } })
                  .then(r => done(r.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at '
                      + v.nodes.map(n => n.target.join(' ')).join(', '))))
                  .catch(e => done(['axe failed: ' + e]));
                """);
        return violations;
    }

    /**
     * Replaces the chat stream with one the test feeds event by event, so states such as "answering"
     * can be held still; every other request still goes to the server.
     */
    void controlChatStream() {
        script("""
                const realFetch = window.fetch.bind(window);
                const sse = window.__sse = { requests: [] };
                window.fetch = (url, init) => {
                  if (!String(url).includes('/api/chat/stream')) return realFetch(url, init);
                  sse.requests.push(JSON.parse(init.body));
                  const stream = new ReadableStream({ start(c) { sse.controller = c; } });
                  init.signal?.addEventListener('abort',
                      () => sse.controller.error(new DOMException('stopped', 'AbortError')));
                  return Promise.resolve(new Response(stream,
                      { status: 200, headers: { 'Content-Type': 'text/event-stream' } }));
                };
                """);
    }

    void sendEvent(String event, Object data) {
        waitUntil("return !!(window.__sse && window.__sse.controller);");
        script("window.__sse.controller.enqueue(new TextEncoder().encode("
                + "'event:' + arguments[0] + '\\ndata:' + arguments[1] + '\\n\\n'));", event, JSON.writeValueAsString(data));
    }

    void endStream() {
        script("window.__sse.controller.close(); window.__sse.controller = null;");
    }

    /**
     * From the next page load on, replaces the browser's speech synthesis with a recorder offering these voices
     * ({name, lang, localService, default}): {@code window.__speech} holds what was spoken, how often it was
     * cancelled, and {@code finishAll()} to end the queued utterances. Returns the handle to remove it.
     */
    String fakeSpeechSynthesis(List<Map<String, Object>> voices) {
        Map<String, Object> added = driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "(() => { const voices = " + JSON.writeValueAsString(voices) + ";" + """
                  const speech = window.__speech = { spoken: [], cancelled: 0, queue: [] };
                  speech.finishAll = () => speech.queue.splice(0).forEach((u) => u.onend && u.onend({}));
                  window.SpeechSynthesisUtterance = class {
                    constructor(text) { this.text = text; this.lang = ''; this.voice = null; this.onend = null; this.onerror = null; }
                  };
                  Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: {
                    paused: false, pending: false,
                    get speaking() { return speech.queue.length > 0; },
                    getVoices: () => voices,
                    speak(u) { speech.spoken.push({ text: u.text, lang: u.lang, voice: u.voice && u.voice.name }); speech.queue.push(u); },
                    cancel() { speech.cancelled++; speech.queue.splice(0).forEach((u) => u.onerror && u.onerror({ error: 'canceled' })); },
                    pause() {}, resume() {}, addEventListener() {}, removeEventListener() {},
                  } });
                })();"""));
        return (String) added.get("identifier");
    }

    void removeNewDocumentScript(String identifier) {
        driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", identifier));
    }

    /** Makes the next chat request fail as if the network were down; later ones reach the server. */
    void failNextChatRequest() {
        script("""
                const realFetch = window.fetch.bind(window);
                let failures = 1;
                window.fetch = (url, init) => {
                  if (String(url).includes('/api/chat/stream') && failures-- > 0) {
                    return Promise.reject(new TypeError('Failed to fetch'));
                  }
                  return realFetch(url, init);
                };
                """);
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A leftover profile in the temp directory holds no user content.
        }
    }
}
