package org.salus.assistant.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.salus.assistant.SalusApplication;
import org.salus.assistant.TestCorpus;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@code /readyz} is 503 while no index generation is loaded or the database is unreachable; {@code /livez} stays 200. */
class ReadinessIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static HttpResponse<String> get(int port, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Nested
    @SpringBootTest(classes = SalusApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = "salus.corpus.starter-when-empty=false")
    class WithoutAnIndex {

        @LocalServerPort
        int port;

        @DynamicPropertySource
        static void emptyDataDir(DynamicPropertyRegistry registry) throws Exception {
            Path empty = Files.createTempDirectory("salus-no-index");
            registry.add("salus.data-dir", empty::toString);
        }

        @Test
        void isNotReadyButAlive() throws Exception {
            HttpResponse<String> ready = get(port, "/readyz");
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(ready.body()).contains("OUT_OF_SERVICE").doesNotContain("salus-no-index");
            assertThat(get(port, "/livez").statusCode()).isEqualTo(200);
        }

        @Test
        void exposesNothingButTheProbesWithoutAManagementPort() throws Exception {
            for (String path : new String[] {"/actuator", "/actuator/health", "/actuator/prometheus", "/actuator/info"}) {
                assertThat(get(port, path).statusCode()).as(path).isEqualTo(404);
            }
        }
    }

    @Nested
    @SpringBootTest(classes = SalusApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = {"salus.corpus.starter-when-empty=false", "spring.flyway.enabled=false",
                    "spring.datasource.url=jdbc:postgresql://127.0.0.1:9/salus",
                    "spring.datasource.hikari.connection-timeout=250",
                    "spring.datasource.hikari.initialization-fail-timeout=-1"})
    class WithTheDatabaseDown {

        @LocalServerPort
        int port;

        @DynamicPropertySource
        static void dataDir(DynamicPropertyRegistry registry) {
            registry.add("salus.data-dir", () -> TestCorpus.dataDir("bge-small").toString());
        }

        @Test
        void isNotReadyButAlive() throws Exception {
            assertThat(get(port, "/readyz").statusCode()).isEqualTo(503);
            assertThat(get(port, "/livez").statusCode()).isEqualTo(200);
        }
    }
}
