package org.salus.assistant.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.salus.assistant.SalusApplication;
import org.salus.assistant.webchat.Browser;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Voice input end to end with a speech service configured (a local stub of the OpenAI-compatible transcription API):
 * {@code POST /api/transcribe} over real HTTP, every failure as a plain-words reply rather than a 5xx, the audit
 * trail, and the web chat's microphone in a headless Chromium whose fake microphone plays a spoken question.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SpringBootTest(classes = SalusApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"salus.corpus.starter-when-empty=false", "salus.retrieval.embedding=none",
                "salus.speech.model=whisper-test", "salus.speech.timeout=PT2S", "salus.speech.max-bytes=400KB",
                "salus.speech.max-duration=PT8S", "salus.speech.max-concurrent=1",
                "salus.privacy.admin-token=voice-it-token"})
class VoiceInputIT {

    private static final SpeechStub STUB = SpeechStub.start();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String QUESTION = "What are the signs of dehydration?";

    private final HttpClient http = HttpClient.newHttpClient();
    private Browser browser;
    private Path fakeMicrophone;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void speechService(DynamicPropertyRegistry registry) {
        registry.add("salus.speech.base-url", STUB::baseUrl);
        registry.add("salus.data-dir", VoiceInputIT::freshDataDir);
    }

    @BeforeEach
    void answerWithTheQuestion() {
        STUB.reply(SpeechStub.Reply.text(" " + QUESTION));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (fakeMicrophone != null) {
            fakeMicrophone.toFile().delete();
        }
        STUB.close();
    }

    @Test
    void offersVoiceInputAndTheMicrophoneToThePageOnly() throws Exception {
        JsonNode capabilities = JSON.readTree(get("/api/capabilities").body());
        assertThat(capabilities.get("voiceInput").asBoolean()).isTrue();
        assertThat(capabilities.get("voiceMaxSeconds").asInt()).isEqualTo(8);

        String policy = get("/").headers().firstValue("Permissions-Policy").orElseThrow();
        assertThat(policy).contains("microphone=(self)", "camera=()", "geolocation=()");
    }

    @Test
    void transcribesARecordingSentAsTheBody() throws Exception {
        byte[] spoken = TestAudio.question(QUESTION, "en");

        HttpResponse<String> response = post("/api/transcribe?language=en", "audio/wav", spoken);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode reply = JSON.readTree(response.body());
        assertThat(reply.get("text").asString()).isEqualTo(QUESTION);
        assertThat(reply.get("outcome").asString()).isEqualTo("transcribed");
        SpeechStub.Request sent = STUB.lastRequest();
        assertThat(sent.file()).isEqualTo(spoken);
        assertThat(sent.fields()).containsEntry("model", "whisper-test").containsEntry("language", "en");
    }

    @Test
    void transcribesARecordingSentAsAMultipartPart() throws Exception {
        STUB.reply(SpeechStub.Reply.text("¿Cuáles son los signos de deshidratación?"));
        byte[] spoken = TestAudio.question("¿Cuáles son los signos de deshidratación?", "es");

        HttpResponse<String> response = multipart("/api/transcribe", "audio", "question.wav", "audio/wav", spoken,
                Map.of("language", "es"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("text").asString()).isEqualTo("¿Cuáles son los signos de deshidratación?");
        assertThat(STUB.lastRequest().fields()).containsEntry("language", "es");
        assertThat(STUB.lastRequest().file()).isEqualTo(spoken);
    }

    @Test
    void saysItCaughtNoSpeechWhenTheTranscriptIsEmpty() throws Exception {
        STUB.reply(SpeechStub.Reply.text("[BLANK_AUDIO]"));

        JsonNode en = ok(post("/api/transcribe?language=en", "audio/wav", TestAudio.tone(Duration.ofSeconds(1), 16_000)));
        JsonNode es = ok(post("/api/transcribe?language=es", "audio/wav", TestAudio.tone(Duration.ofSeconds(1), 16_000)));

        assertThat(en.get("text").asString()).isEmpty();
        assertThat(en.get("outcome").asString()).isEqualTo("no_speech");
        assertThat(en.get("message").asString()).startsWith("I didn't catch any speech");
        assertThat(es.get("message").asString()).startsWith("No he oído ninguna voz");
    }

    @Test
    void aRecordingTooShortForSpeechIsNotSentOn() throws Exception {
        STUB.reply(SpeechStub.Reply.text("should not be asked"));

        JsonNode reply = ok(post("/api/transcribe", "audio/wav", TestAudio.tone(Duration.ofMillis(30), 16_000)));

        assertThat(reply.get("outcome").asString()).isEqualTo("no_speech");
        assertThat(STUB.requests()).isEmpty();
    }

    @Test
    void aFailingSpeechServiceIsExplainedWithoutA5xx() throws Exception {
        List<SpeechStub.Reply> failures = List.of(SpeechStub.Reply.status(500), SpeechStub.Reply.status(503),
                SpeechStub.Reply.raw("text/html", "<html>Bad gateway</html>"),
                SpeechStub.Reply.raw("application/json", "{\"segments\": []}"),
                SpeechStub.Reply.text("too late").after(Duration.ofSeconds(4)));
        for (SpeechStub.Reply failure : failures) {
            STUB.reply(failure);

            JsonNode reply = ok(post("/api/transcribe?language=en", "audio/wav", TestAudio.tone(Duration.ofSeconds(1), 16_000)));

            assertThat(reply.get("text").asString()).as("reply to %s", failure).isEmpty();
            assertThat(reply.get("outcome").asString()).isEqualTo("unavailable");
            assertThat(reply.get("message").asString()).isEqualTo("Voice input is not working right now. Please type your question instead.");
        }
    }

    @Test
    void refusesWhatIsNotASupportedRecordingWith415() throws Exception {
        HttpResponse<String> json = post("/api/transcribe", "application/json", "{\"audio\": \"...\"}".getBytes());
        HttpResponse<String> png = post("/api/transcribe", "audio/webm", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        HttpResponse<String> text = multipart("/api/transcribe", "audio", "notes.txt", "text/plain", "hello".getBytes(), Map.of());

        for (HttpResponse<String> response : List.of(json, png, text)) {
            assertProblem(response, 415, "WebM, Ogg, WAV, MP3 or MP4");
        }
        assertThat(STUB.requests()).isEmpty();
    }

    @Test
    void refusesARecordingTooBigOrTooLongWith413() throws Exception {
        byte[] big = new byte[500 * 1024];
        System.arraycopy("OggS".getBytes(), 0, big, 0, 4);

        assertProblem(post("/api/transcribe", "audio/ogg", big), 413, "larger than 400 KB");
        assertProblem(multipart("/api/transcribe", "audio", "big.ogg", "audio/ogg", big, Map.of()), 413, "larger than 400 KB");
        assertProblem(post("/api/transcribe", "audio/wav", TestAudio.tone(Duration.ofSeconds(9), 8000)), 413, "longer than 8 seconds");
        assertThat(STUB.requests()).isEmpty();
    }

    @Test
    void refusesAnEmptyUploadAndAnUnknownLanguageWith400() throws Exception {
        assertProblem(post("/api/transcribe", "audio/webm", new byte[0]), 400, "No audio was sent");
        assertProblem(multipart("/api/transcribe", "recording", "q.wav", "audio/wav", TestAudio.tone(Duration.ofSeconds(1), 16_000), Map.of()),
                400, "part named 'audio'");
        assertProblem(post("/api/transcribe?language=fr", "audio/wav", TestAudio.tone(Duration.ofSeconds(1), 16_000)), 400, "'en' or 'es'");
    }

    @Test
    void answers429WhileTheServiceIsBusyWithAnotherRecording() throws Exception {
        STUB.reply(SpeechStub.Reply.text("first").after(Duration.ofMillis(1200)));
        byte[] wav = TestAudio.tone(Duration.ofSeconds(1), 16_000);
        CompletableFuture<HttpResponse<String>> first = http.sendAsync(request("/api/transcribe", "audio/wav", wav),
                HttpResponse.BodyHandlers.ofString());
        awaitStubRequests(1);

        assertProblem(post("/api/transcribe", "audio/wav", wav), 429, "try again");
        assertThat(JSON.readTree(first.get().body()).get("text").asString()).isEqualTo("first");
    }

    @Test
    void keepsOnlyContentFreeAuditRecordsOfEachRecording() throws Exception {
        HttpRequest purge = HttpRequest.newBuilder(uri("/api/admin/purge?before=2999-01-01"))
                .header("Authorization", "Bearer voice-it-token").POST(HttpRequest.BodyPublishers.noBody()).build();
        assertThat(http.send(purge, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        String session = "voice-" + UUID.randomUUID();

        ok(post("/api/transcribe?language=en&sessionId=" + session, "audio/wav", TestAudio.question(QUESTION, "en")));
        post("/api/transcribe?sessionId=" + session, "text/plain", "not audio".getBytes());

        HttpResponse<String> export = http.send(HttpRequest.newBuilder(uri("/api/admin/audit?format=json"))
                .header("Authorization", "Bearer voice-it-token").GET().build(), HttpResponse.BodyHandlers.ofString());
        JsonNode records = JSON.readTree(export.body()).get("records");
        List<JsonNode> voice = new ArrayList<>();
        records.forEach(r -> {
            if ("voice".equals(r.get("channel").asString())) {
                voice.add(r);
            }
        });
        assertThat(voice).hasSize(2);
        assertThat(voice.get(0).get("action").asString()).isEqualTo("transcribed");
        assertThat(voice.get(0).get("language").asString()).isEqualTo("en");
        assertThat(voice.get(0).get("sessionHash").asString()).hasSize(64).isEqualTo(voice.get(1).get("sessionHash").asString());
        assertThat(voice.get(1).get("action").asString()).isEqualTo("rejected");
        assertThat(voice.get(1).get("errorClass").asString()).isEqualTo("unsupported_type");
        assertThat(export.body()).doesNotContain(session).doesNotContainIgnoringCase("dehydration");
        assertThat(Files.walk(dataDir()).filter(p -> p.toString().matches(".*\\.(wav|webm|ogg)$")).toList()).isEmpty();
    }

    // --- the web chat's microphone, in a browser whose fake microphone plays a spoken question ---

    @Test
    void theMicrophoneRecordsAndPutsTheTranscriptInTheMessageBox() throws Exception {
        Browser page = browser();
        WebElement mic = page.waitFor(By.id("mic"));
        assertThat(mic.getDomAttribute("aria-pressed")).isEqualTo("false");
        assertThat(mic.getDomAttribute("aria-label")).isEqualTo("Speak your question");

        mic.click();
        page.waitUntil("return document.getElementById('mic').getAttribute('aria-pressed') === 'true';");
        assertThat(page.driver().findElement(By.id("voice-status")).getText()).startsWith("Recording.");
        accessibilityCheck(page);
        page.screenshot("voice-recording");
        Thread.sleep(1500);
        mic.click();

        page.waitUntil("return document.getElementById('message').value.length > 0;");
        assertThat(page.script("return document.getElementById('message').value;")).isEqualTo(QUESTION);
        assertThat(page.driver().switchTo().activeElement().getDomAttribute("id")).isEqualTo("message");
        assertThat(page.driver().findElement(By.id("voice-status")).getText()).contains("press Send");
        assertThat(mic.getDomAttribute("aria-pressed")).isEqualTo("false");
        SpeechStub.Request sent = STUB.lastRequest();
        assertThat(sent.fields()).containsEntry("language", "en");
        assertThat(new String(sent.file(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(ByteBuffer.wrap(sent.file()).order(ByteOrder.LITTLE_ENDIAN).getInt(24)).isEqualTo(16_000);
        assertThat(WavHeader.duration(sent.file()).orElseThrow()).isGreaterThan(Duration.ofMillis(500));
        assertThat(page.cspViolations()).isEmpty();
        page.screenshot("voice-transcribed");
    }

    @Test
    void theMicrophoneFitsAPhoneScreen() {
        Browser page = browser();
        try {
            page.resize(new Browser.Viewport("narrow", 320, 640, true));
            assertThat(page.waitFor(By.id("mic")).isDisplayed()).isTrue();
            assertThat(((Number) page.script("return document.documentElement.scrollWidth;")).intValue())
                    .isLessThanOrEqualTo(320);
            page.screenshot("voice-microphone");
        } finally {
            page.resize(Browser.DESKTOP);
        }
    }

    @Test
    void theMicrophoneWorksFromTheKeyboardAndEscapeCancels() throws Exception {
        Browser page = browser();
        WebElement mic = page.waitFor(By.id("mic"));

        mic.sendKeys(Keys.SPACE);
        page.waitUntil("return document.getElementById('mic').getAttribute('aria-pressed') === 'true';");
        Thread.sleep(500);
        page.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);

        page.waitUntil("return document.getElementById('voice-status').textContent === 'Recording cancelled.';");
        assertThat(mic.getDomAttribute("aria-pressed")).isEqualTo("false");
        assertThat(STUB.requests()).isEmpty();
        assertThat(page.script("return document.getElementById('message').value;")).isEqualTo("");
    }

    @Test
    void theMicrophoneExplainsSilenceInTheReadersLanguage() throws Exception {
        STUB.reply(SpeechStub.Reply.text(""));
        Browser page = browser();
        page.driver().findElement(By.cssSelector("#language option[value='es']")).click();
        page.waitUntil("return document.documentElement.lang === 'es';");
        WebElement mic = page.waitFor(By.id("mic"));
        assertThat(mic.getDomAttribute("aria-label")).isEqualTo("Dictar su pregunta");

        mic.click();
        page.waitUntil("return document.getElementById('mic').getAttribute('aria-pressed') === 'true';");
        Thread.sleep(800);
        mic.click();

        page.waitUntil("return document.getElementById('voice-status').textContent.startsWith('No he oído');");
        assertThat(STUB.lastRequest().fields()).containsEntry("language", "es");
        assertThat(page.script("return document.getElementById('message').value;")).isEqualTo("");
    }

    /** One browser for the class, its fake microphone playing espeak-ng's reading of the question when installed. */
    private Browser browser() {
        if (browser == null) {
            List<String> flags = new ArrayList<>(List.of("--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
                    "--autoplay-policy=no-user-gesture-required"));
            fakeMicrophone = TestAudio.spokenFile(QUESTION, "en", null).orElse(null);
            if (fakeMicrophone != null) {
                flags.add("--use-file-for-fake-audio-capture=" + fakeMicrophone.toAbsolutePath());
            }
            browser = Browser.start(Browser.DESKTOP, flags);
        }
        browser.open("http://localhost:" + port + "/");
        return browser;
    }

    private static void accessibilityCheck(Browser page) {
        if (Browser.axeAvailable()) {
            assertThat(page.seriousAccessibilityViolations()).as("axe while recording").isEmpty();
        }
    }

    private void awaitStubRequests(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (STUB.requests().size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(STUB.requests().size()).as("recordings that reached the speech stub").isGreaterThanOrEqualTo(count);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asString()).contains(detail);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    private static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String contentType, byte[] body) throws Exception {
        return http.send(request(path, contentType, body), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String path, String contentType, byte[] body) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private HttpResponse<String> multipart(String path, String part, String fileName, String type, byte[] file,
                                           Map<String, String> fields) throws Exception {
        String boundary = "test-" + UUID.randomUUID();
        List<byte[]> body = new ArrayList<>();
        body.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.add(file);
        fields.forEach((name, value) -> body.add(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value).getBytes(StandardCharsets.UTF_8)));
        body.add(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static Path dataDir;

    private static synchronized Path dataDir() {
        if (dataDir == null) {
            try {
                dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "voice-it-data-").toAbsolutePath();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dataDir;
    }

    private static String freshDataDir() {
        return dataDir().toString();
    }
}
