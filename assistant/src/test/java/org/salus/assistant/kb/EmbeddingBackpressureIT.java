package org.salus.assistant.kb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.salus.assistant.SalusApplication;
import org.salus.assistant.TestCorpus;
import org.salus.assistant.config.SalusProperties;
import org.salus.kb.embed.Embedder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Over real HTTP, with the embedding model's one slot held by another request: a chat turn and a mode search are
 * refused with 503 problem details within the configured wait instead of queueing behind it, and are answered again
 * once the slot is free.
 */
@SpringBootTest(classes = {SalusApplication.class, EmbeddingBackpressureIT.Held.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.main.allow-bean-definition-overriding=true", "salus.corpus.starter-when-empty=false",
                "salus.rate-limit.enabled=false", "salus.embedding.max-concurrent=1", "salus.embedding.max-wait=150ms",
                "salus.retrieval.query-cache=0"})
class EmbeddingBackpressureIT {

    private static final HeldEmbeddingModel MODEL = new HeldEmbeddingModel();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @LocalServerPort
    int port;

    @Autowired
    Embedder embedder;

    @TestConfiguration(proxyBeanMethods = false)
    static class Held {

        /** The application's embedder, bounded as configured, over a model this test can hold. */
        @Bean
        Embedder embedder(SalusProperties properties, EmbeddingProperties limits) {
            return KnowledgeBaseFactory.bounded(new Embedder(MODEL, "bge-small-en-v1.5-q", ""), limits)
                    .withQueryCache(properties.retrieval().queryCache());
        }
    }

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("salus.data-dir", () -> TestCorpus.dataDir("bge-small").toString());
    }

    @Test
    void refusesWith503WhileTheEmbeddingSlotIsHeldAndAnswersOnceItIsFree() throws Exception {
        MODEL.hold();
        CompletableFuture<float[]> holding = CompletableFuture.supplyAsync(() -> embedder.query("held elsewhere"),
                java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        for (int i = 0; i < 400 && MODEL.inside.get() == 0; i++) {
            Thread.sleep(5);
        }
        assertThat(MODEL.inside).hasValue(1);
        try {
            long start = System.nanoTime();
            HttpResponse<String> chat = http.send(chat("What is gout?"), HttpResponse.BodyHandlers.ofString());
            long chatMs = (System.nanoTime() - start) / 1_000_000;
            HttpResponse<String> search = http.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/api/search?q=gout&mode=contemplating"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());

            assertBusy(chat);
            assertBusy(search);
            assertThat(chatMs).as("refused after the configured wait, not after the held call").isLessThan(3_000);
            assertThat(MODEL.inside).as("no refused request reached the model").hasValue(1);
        } finally {
            MODEL.release();
        }
        holding.get(10, TimeUnit.SECONDS);

        assertThat(http.send(chat("What is gout?"), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }

    private static void assertBusy(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(response.body()).path("detail").asText()).contains("try again");
    }

    private HttpRequest chat(String message) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/chat"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString("{\"message\":\"" + message + "\"}")).build();
    }
}
