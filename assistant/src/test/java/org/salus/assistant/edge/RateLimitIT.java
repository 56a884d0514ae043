package org.salus.assistant.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.salus.assistant.SalusApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The default rate limit over real HTTP: a 300-request burst from one client behind the trusted proxy meets 429s
 * with {@code Retry-After} while another client is still served.
 */
@SpringBootTest(classes = SalusApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"salus.corpus.starter-when-empty=false", "salus.retrieval.embedding=none",
                "salus.rate-limit.trusted-proxies=127.0.0.1,::1"})
class RateLimitIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("salus.data-dir", () -> HostileCorpus.dataDir().toString());
    }

    @Test
    void burstFromOneClientIsLimitedWhileAnotherIsServed() throws Exception {
        List<HttpResponse<String>> burst = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                sent.add(pool.submit(() -> get("/api/search?q=stroke", "203.0.113.7")));
            }
            for (Future<HttpResponse<String>> response : sent) {
                burst.add(response.get());
            }
        }
        List<HttpResponse<String>> limited = burst.stream().filter(r -> r.statusCode() == 429).toList();
        assertThat(limited).hasSizeGreaterThanOrEqualTo(150);
        assertThat(burst.stream().filter(r -> r.statusCode() == 200).count()).isBetween(100L, 150L);
        HttpResponse<String> refused = limited.getFirst();
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        assertThat(refused.body()).contains("\"status\":429");

        assertThat(get("/api/search?q=stroke", "198.51.100.9").statusCode()).isEqualTo(200);
        // The limited client stays limited: its bucket refills only a few tokens while a slow machine finishes the
        // burst, so a handful more requests meets a 429 (one request alone may land on a refilled token).
        int stillLimited = 0;
        for (int i = 0; i < 10; i++) {
            stillLimited += get("/api/search?q=stroke", "203.0.113.7").statusCode() == 429 ? 1 : 0;
        }
        assertThat(stillLimited).isGreaterThanOrEqualTo(5);
    }

    @Test
    void erasingSessionsHasItsOwnSmallerBudget() throws Exception {
        int limited = 0;
        for (int i = 0; i < 15; i++) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                            + "/api/sessions/s-" + i)).header("X-Forwarded-For", "192.0.2.44").DELETE().build(),
                    HttpResponse.BodyHandlers.ofString());
            limited += response.statusCode() == 429 ? 1 : 0;
        }
        assertThat(limited).isEqualTo(5);
    }

    private HttpResponse<String> get(String path, String client) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-Forwarded-For", client).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
