package org.salus.assistant.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.salus.assistant.SalusApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A stream whose client disconnects while its turn waits for a hanging model: the turn is cancelled and its slot
 * freed within a couple of heartbeats, long before the model's timeout, so the next question is not refused as busy.
 */
@SpringBootTest(classes = SalusApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"salus.corpus.starter-when-empty=false", "salus.retrieval.embedding=none",
                "salus.rate-limit.enabled=false", "salus.chat.max-concurrent-turns=1", "salus.llm.provider=openai",
                "salus.llm.model=hanging", "salus.llm.timeout=PT20S", "salus.llm.circuit-breaker.enabled=false"})
class StreamCancelIT {

    private static final HangingServer HANGING = HangingServer.start();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("salus.data-dir", () -> HostileCorpus.dataDir().toString());
        registry.add("salus.llm.base-url", HANGING::baseUrl);
    }

    @AfterAll
    static void close() throws IOException {
        HANGING.close();
    }

    @Test
    void aStreamWhoseClientLeftFreesItsTurn() throws Exception {
        byte[] body = "{\"message\":\"What are the warning signs of a stroke?\"}".getBytes(StandardCharsets.UTF_8);
        try (Socket client = new Socket("localhost", port)) {
            OutputStream out = client.getOutputStream();
            out.write(("POST /api/chat/stream HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Accept: text/event-stream\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = client.getInputStream();
            assertThat(new String(in.readNBytes(12), StandardCharsets.US_ASCII)).startsWith("HTTP/1.1 200");
            for (int i = 0; i < 200 && HANGING.connections() == 0; i++) {
                Thread.sleep(50);
            }
            assertThat(HANGING.connections()).as("the turn is waiting for the model").isPositive();
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long start = System.nanoTime();
        int status = 503;
        while (status == 503 && System.nanoTime() - start < 8_000_000_000L) {
            Thread.sleep(250);
            status = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/search?q=stroke&mode=instant"))
                    .GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200 ? probeTurn(http) : 503;
        }
        assertThat(status).as("a new turn is admitted well before the model's 20 s timeout").isNotEqualTo(503);
    }

    /** Whether a turn can start now: a stream that is admitted answers 200 at once (its body is not awaited). */
    private int probeTurn(HttpClient http) throws Exception {
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/chat/stream"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"message\":\"What is a stroke?\"}")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        response.body().close();
        return response.statusCode();
    }
}
