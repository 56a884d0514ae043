package org.salus.assistant.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.salus.assistant.SalusApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A voice upload that arrives while every transcription slot is taken is refused with 429 before its body is read:
 * the multipart upload below declares 20 MB but sends only its first 256 KB and then waits, so the 429 can only
 * arrive if the server decided without parsing (or buffering) the upload.
 */
@SpringBootTest(classes = SalusApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"salus.corpus.starter-when-empty=false", "salus.retrieval.embedding=none",
                "salus.rate-limit.enabled=false", "salus.speech.model=whisper-test", "salus.speech.timeout=PT20S",
                "salus.speech.max-bytes=20MB", "salus.speech.max-concurrent=1"})
class VoiceAdmissionIT {

    private static final SpeechStub STUB = SpeechStub.start();
    private static final int DECLARED = 20 * 1024 * 1024 - 8 * 1024;
    private static final int SENT = 256 * 1024;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void speechService(DynamicPropertyRegistry registry) {
        registry.add("salus.speech.base-url", STUB::baseUrl);
        registry.add("salus.data-dir", () -> {
            try {
                return Files.createTempDirectory("salus-voice-admission").toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @AfterAll
    static void stop() {
        STUB.close();
    }

    @Test
    void refusesAnUploadWhileBusyBeforeReadingItsBody() throws Exception {
        STUB.reply(SpeechStub.Reply.text("first").after(Duration.ofSeconds(8)));
        byte[] wav = TestAudio.tone(Duration.ofSeconds(1), 16_000);
        CompletableFuture<HttpResponse<String>> first = http.sendAsync(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/transcribe")).header("Content-Type", "audio/wav")
                .POST(HttpRequest.BodyPublishers.ofByteArray(wav)).build(), HttpResponse.BodyHandlers.ofString());
        for (int i = 0; i < 200 && STUB.requests().isEmpty(); i++) {
            Thread.sleep(25);
        }
        assertThat(STUB.requests()).as("the first recording reached the speech service").hasSize(1);
        var small = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/transcribe"))
                .header("Content-Type", "audio/wav").POST(HttpRequest.BodyPublishers.ofByteArray(wav)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(small.statusCode()).as("the one slot is taken").isEqualTo(429);

        long start = System.nanoTime();
        Partial refused = sendPartOfAnUpload();
        long ms = (System.nanoTime() - start) / 1_000_000;

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.head().toLowerCase()).contains("content-type: application/problem+json").contains("retry-after:");
        assertThat(refused.body()).contains("\"status\":429").contains("try again");
        assertThat(refused.sent()).isLessThanOrEqualTo(SENT + 1024).isLessThan(DECLARED / 50);
        assertThat(ms).as("answered without waiting for the rest of the upload").isLessThan(3_000);
        assertThat(first.get().statusCode()).isEqualTo(200);
        assertThat(first.get().body()).contains("first");

        STUB.reply(SpeechStub.Reply.text("second"));
        var again = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/transcribe"))
                .header("Content-Type", "audio/wav").POST(HttpRequest.BodyPublishers.ofByteArray(wav)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).as("the slot is free again after the refusal and the first reply").isEqualTo(200);
    }

    private record Partial(int status, String head, String body, long sent) {}

    /**
     * Declares a 20 MB multipart upload, sends its first 256 KB and then nothing more, and reads the answer (a server
     * that parses the upload first would wait for the rest and this read would time out).
     */
    private Partial sendPartOfAnUpload() throws IOException {
        String boundary = "salus-admission-test";
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            String head = "POST /api/transcribe?language=en HTTP/1.1\r\nHost: localhost:" + port
                    + "\r\nContent-Type: multipart/form-data; boundary=" + boundary
                    + "\r\nContent-Length: " + DECLARED + "\r\nConnection: close\r\n\r\n"
                    + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"audio\"; filename=\"q.wav\"\r\n"
                    + "Content-Type: audio/wav\r\n\r\n";
            byte[] headBytes = head.getBytes(StandardCharsets.ISO_8859_1);
            out.write(headBytes);
            long sent = headBytes.length - head.indexOf("\r\n\r\n") - 4;
            byte[] chunk = new byte[16 * 1024];
            while (sent < SENT) {
                out.write(chunk);
                sent += chunk.length;
            }
            out.flush();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    answer.write(buffer, 0, n);
                    String text = answer.toString(StandardCharsets.UTF_8);
                    int headEnd = text.indexOf("\r\n\r\n");
                    if (headEnd >= 0 && text.indexOf('}', headEnd) >= 0) {
                        break;
                    }
                }
            } catch (java.net.SocketTimeoutException e) {
                throw new AssertionError("no complete answer within 10 s; received: " + answer.toString(StandardCharsets.UTF_8), e);
            }
            String text = answer.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String status = text.isEmpty() ? "" : text.split(" ", 3)[1];
            String body = end < 0 || text.indexOf('{', end) < 0 ? ""
                    : text.substring(text.indexOf('{', end), text.lastIndexOf('}') + 1);
            return new Partial(status.isEmpty() ? -1 : Integer.parseInt(status), end < 0 ? text : text.substring(0, end),
                    body, sent);
        }
    }
}
