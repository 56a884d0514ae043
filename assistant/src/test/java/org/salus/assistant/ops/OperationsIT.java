package org.salus.assistant.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.salus.assistant.SalusApplication;
import org.salus.assistant.TestCorpus;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Probes on the main port, everything else of Actuator (Prometheus with Salus's meters) on the management port. */
@SpringBootTest(classes = SalusApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"salus.corpus.starter-when-empty=false", "management.server.port=0"})
class OperationsIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("salus.data-dir", () -> TestCorpus.dataDir("bge-small").toString());
    }

    @Test
    void probesAnswerOnTheMainPortWithAnIndexAndADatabase() throws Exception {
        assertThat(get(port, "/livez").statusCode()).isEqualTo(200);
        HttpResponse<String> ready = get(port, "/readyz");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"UP\"");
    }

    @Test
    void managementEndpointsAreAbsentFromTheMainPort() throws Exception {
        for (String path : new String[] {"/actuator", "/actuator/health", "/actuator/prometheus", "/actuator/metrics",
                "/actuator/env", "/actuator/beans", "/prometheus"}) {
            HttpResponse<String> response = get(port, path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).doesNotContain("salus_").doesNotContain("jvm_");
        }
    }

    @Test
    void scrapeOnTheManagementPortCarriesSalusMetersAfterAChatTurn() throws Exception {
        String secret = "my neighbour Zebediah Quartermaine";
        HttpResponse<String> turn = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/chat"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"message\":\"What are the warning signs of a stroke? "
                                + secret + "\",\"sessionId\":\"session-ops-1234\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(turn.statusCode()).isEqualTo(200);

        HttpResponse<String> scrape = get(managementPort, "/actuator/prometheus");
        assertThat(scrape.statusCode()).isEqualTo(200);
        String body = scrape.body();
        assertThat(body).contains("salus_turns_total{", "mode=\"instant\"", "channel=\"api\"", "application=\"salus\"")
                .contains("salus_retrieval_latency_seconds_count")
                .contains("salus_turn_latency_seconds_count")
                .contains("salus_llm_fallbacks_total")
                .contains("salus_audit_rows_written_total", "salus_audit_rows_dropped_total")
                .contains("salus_index_documents", "salus_ingest_documents_done")
                .contains("http_server_requests_seconds_count", "jvm_memory_used_bytes");
        assertThat(body).doesNotContain("Zebediah").doesNotContain("session-ops-1234").doesNotContain("stroke");
        assertThat(get(managementPort, "/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(int onPort, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + onPort + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
