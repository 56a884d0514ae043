package org.salus.assistant.edge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * Overload over real HTTP with a language model that accepts connections and never answers: a turn past the
 * concurrency bound is refused with 503 at once, and after two timed-out calls the circuit opens, so the next turn
 * gets the extractive answer without waiting for the model.
 */
@SpringBootTest(classes = SalusApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"salus.corpus.starter-when-empty=false", "salus.retrieval.embedding=none",
                "salus.rate-limit.enabled=false", "salus.chat.max-concurrent-turns=1", "salus.llm.provider=openai",
                "salus.llm.model=hanging", "salus.llm.timeout=PT3S", "salus.llm.circuit-breaker.window=2",
                "salus.llm.circuit-breaker.minimum-calls=2"})
class OverloadIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration MODEL_TIMEOUT = Duration.ofSeconds(3);
    private static final HangingServer HANGING = HangingServer.start();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

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
    void busyServerRefusesAtOnceAndAHangingModelIsOpenedOut() throws Exception {
        String question = "{\"message\":\"What are the warning signs of a stroke?\"}";
        CompletableFuture<HttpResponse<String>> first = http.sendAsync(chat(question), HttpResponse.BodyHandlers.ofString());
        for (int i = 0; i < 200 && HANGING.connections() == 0; i++) {
            Thread.sleep(50);
        }
        assertThat(HANGING.connections()).as("the first turn is waiting for the model").isPositive();
        long start = System.nanoTime();
        HttpResponse<String> refused = http.send(chat(question), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        assertThat(first.get().statusCode()).isEqualTo(200);

        HttpResponse<String> second = http.send(chat(question), HttpResponse.BodyHandlers.ofString());
        assertThat(second.statusCode()).isEqualTo(200);

        start = System.nanoTime();
        HttpResponse<String> third = http.send(chat(question), HttpResponse.BodyHandlers.ofString());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(third.statusCode()).isEqualTo(200);
        JsonNode reply = JSON.readTree(third.body());
        assertThat(reply.path("answer").asText()).contains("[1]");
        assertThat(took).as("the open circuit answers without waiting for the model").isLessThan(MODEL_TIMEOUT.dividedBy(3));
    }

    private HttpRequest chat(String body) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/chat"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
