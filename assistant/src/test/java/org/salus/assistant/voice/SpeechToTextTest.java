package org.salus.assistant.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.unit.DataSize;

/** The transcription client through the real JDK HTTP client against a local OpenAI-compatible stub. */
class SpeechToTextTest {

    private static SpeechStub stub;
    private static final Recording WAV = new Recording(TestAudio.tone(Duration.ofSeconds(1), 16_000), AudioFormat.WAV);

    @BeforeAll
    static void startStub() {
        stub = SpeechStub.start();
    }

    @AfterAll
    static void stopStub() {
        stub.close();
    }

    private static SpeechToText client(String baseUrl, String apiKey, Duration timeout) {
        return new SpeechToText(new SpeechProperties(baseUrl, apiKey, "whisper-large-v3", timeout,
                DataSize.ofMegabytes(10), Duration.ofMinutes(2), 4));
    }

    private static SpeechToText client() {
        return client(stub.baseUrl(), null, Duration.ofSeconds(5));
    }

    @Test
    void returnsTheWordsTheServiceHeard() {
        stub.reply(SpeechStub.Reply.text(" What are the signs of dehydration?"));

        Transcription result = client(stub.baseUrl(), "sk-test", Duration.ofSeconds(5)).transcribe(WAV, "en");

        assertThat(result).isEqualTo(new Transcription.Heard("What are the signs of dehydration?"));
        SpeechStub.Request request = stub.lastRequest();
        assertThat(request.fields()).containsEntry("model", "whisper-large-v3").containsEntry("language", "en")
                .containsEntry("response_format", "json");
        assertThat(request.file()).isEqualTo(WAV.bytes());
        assertThat(request.fileName()).isEqualTo("recording.wav");
        assertThat(request.fileType()).isEqualTo("audio/wav");
        assertThat(request.authorization()).isEqualTo("Bearer sk-test");
    }

    @Test
    void leavesTheLanguageToTheServiceWhenNoneIsGivenAndSendsNoKeyWhenNoneIsSet() {
        stub.reply(SpeechStub.Reply.text("hola"));

        assertThat(client().transcribe(WAV, null)).isEqualTo(new Transcription.Heard("hola"));
        assertThat(stub.lastRequest().fields()).doesNotContainKey("language");
        assertThat(stub.lastRequest().authorization()).isNull();
    }

    @Test
    void acceptsABaseUrlThatAlreadyEndsInV1() {
        stub.reply(SpeechStub.Reply.text("fever"));

        assertThat(client(stub.baseUrl() + "/v1/", null, Duration.ofSeconds(5)).transcribe(WAV, "en"))
                .isEqualTo(new Transcription.Heard("fever"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "[BLANK_AUDIO]", " [ Silence ] ", "(silence)", "♪ ♪", "[MUSIC] [BLANK_AUDIO]", "..."})
    void hearsSilenceInAnEmptyTranscriptOrOneOfNonSpeechAnnotations(String transcript) {
        stub.reply(SpeechStub.Reply.text(transcript));

        assertThat(client().transcribe(WAV, "en")).isEqualTo(new Transcription.Silence());
    }

    @Test
    void dropsAnnotationsAroundRealWords() {
        stub.reply(SpeechStub.Reply.text("[BLANK_AUDIO] I have a headache. [BLANK_AUDIO]"));

        assertThat(client().transcribe(WAV, "en")).isEqualTo(new Transcription.Heard("I have a headache."));
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 503, 401, 404, 413})
    void reportsAnErrorStatusAsAFailureWithItsCode(int status) {
        stub.reply(SpeechStub.Reply.status(status));

        assertThat(client().transcribe(WAV, "en")).isEqualTo(new Transcription.Failed("http_" + status));
    }

    @Test
    void givesUpWhenTheServiceIsTooSlow() {
        stub.reply(SpeechStub.Reply.text("too late").after(Duration.ofSeconds(5)));

        assertThat(client(stub.baseUrl(), null, Duration.ofMillis(500)).transcribe(WAV, "en"))
                .isEqualTo(new Transcription.Failed("timeout"));
    }

    @Test
    void givesUpOnAServiceThatDripsItsReplyWithinTheTimeout() throws Exception {
        var server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/v1/audio/transcriptions", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, 0);
            try (var out = exchange.getResponseBody()) {
                out.write("{\"text\": \"".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                for (int i = 0; i < 100; i++) {
                    out.write('a');
                    out.flush();
                    Thread.sleep(200);
                }
            } catch (java.io.IOException | InterruptedException e) {
                // Salus gave up.
            }
        });
        server.start();
        try {
            long start = System.nanoTime();
            Transcription result = client("http://127.0.0.1:" + server.getAddress().getPort(), null, Duration.ofSeconds(1))
                    .transcribe(WAV, "en");

            assertThat(result).isEqualTo(new Transcription.Failed("timeout"));
            assertThat((System.nanoTime() - start) / 1_000_000).as("the timeout covers the body").isLessThan(5_000);
        } finally {
            server.stop(0);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json", "{\"text\": ", "{\"transcript\": \"hello\"}", "{\"text\": 42}", "[\"hello\"]", "null"})
    void reportsAReplyThatIsNotATranscriptAsMalformed(String body) {
        stub.reply(SpeechStub.Reply.raw("application/json", body));

        assertThat(client().transcribe(WAV, "en")).isEqualTo(new Transcription.Failed("malformed"));
    }

    @Test
    void reportsAServiceNobodyAnswersAsUnreachable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        assertThat(client("http://127.0.0.1:" + closedPort, null, Duration.ofSeconds(2)).transcribe(WAV, "en"))
                .isEqualTo(new Transcription.Failed("unreachable"));
    }
}
