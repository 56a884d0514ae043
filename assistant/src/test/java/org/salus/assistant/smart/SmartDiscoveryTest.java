package org.salus.assistant.smart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** SMART discovery goes over https (plain http only to this machine) and reads no more than a small document. */
class SmartDiscoveryTest {

    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "https://ehr.example.org/fhir, true",
            "http://ehr.example.org/fhir, false",
            "http://127.0.0.1:8080/fhir, true",
            "http://localhost/fhir, true",
            "http://[::1]:9000/fhir, true",
            "http://localhost.evil.example/fhir, false",
            "http://127.0.0.1.evil.example/fhir, false",
            "ftp://ehr.example.org/fhir, false",
            "not a url, false"})
    void requiresHttpsOutsideLoopback(String url, boolean allowed) {
        assertThat(SmartClient.secure(url)).isEqualTo(allowed);
    }

    @Test
    void refusesAPlainHttpEhrBeforeCallingIt() {
        SmartClient client = new SmartClient(FhirContext.forR4Cached());
        assertThatThrownBy(() -> client.discover("http://ehr.example.org/fhir"))
                .isInstanceOf(SmartClient.LaunchFailure.class).hasMessageContaining("https");
    }

    @Test
    void refusesEndpointsThatAreNotHttps() throws Exception {
        String base = serve("{\"authorization_endpoint\":\"http://idp.example.org/authorize\","
                + "\"token_endpoint\":\"https://idp.example.org/token\",\"code_challenge_methods_supported\":[\"S256\"]}");
        assertThatThrownBy(() -> new SmartClient(FhirContext.forR4Cached()).discover(base))
                .isInstanceOf(SmartClient.LaunchFailure.class).hasMessageContaining("https");
    }

    @Test
    void refusesAnOversizedDiscoveryDocument() throws Exception {
        String padding = "x".repeat(SmartClient.MAX_RESPONSE_BYTES);
        String base = serve("{\"authorization_endpoint\":\"https://idp.example.org/authorize\","
                + "\"token_endpoint\":\"https://idp.example.org/token\",\"code_challenge_methods_supported\":[\"S256\"],"
                + "\"padding\":\"" + padding + "\"}");
        assertThatThrownBy(() -> new SmartClient(FhirContext.forR4Cached()).discover(base))
                .isInstanceOf(SmartClient.LaunchFailure.class).hasMessageContaining("larger than");
    }

    @Test
    void readsASmallDiscoveryDocument() throws Exception {
        String base = serve("{\"authorization_endpoint\":\"https://idp.example.org/authorize\","
                + "\"token_endpoint\":\"https://idp.example.org/token\",\"code_challenge_methods_supported\":[\"S256\"]}");
        assertThat(new SmartClient(FhirContext.forR4Cached()).discover(base).tokenEndpoint())
                .isEqualTo("https://idp.example.org/token");
    }

    @Test
    void givesUpOnAServerThatDripsItsAnswerWithinTheDeadline() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/fhir/.well-known/smart-configuration", ex -> {
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, 0);
            try (var out = ex.getResponseBody()) {
                out.write("{\"authorization_endpoint\":\"".getBytes(StandardCharsets.UTF_8));
                for (int i = 0; i < 100; i++) {
                    out.write('x');
                    out.flush();
                    Thread.sleep(200);
                }
            } catch (java.io.IOException | InterruptedException ignored) {
                // the client gave up
            }
            ex.close();
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/fhir";

        long start = System.nanoTime();
        assertThatThrownBy(() -> new SmartClient(FhirContext.forR4Cached(), java.time.Duration.ofSeconds(1)).discover(base))
                .isInstanceOf(SmartClient.LaunchFailure.class).hasMessageContaining("in time");
        assertThat((System.nanoTime() - start) / 1_000_000).as("the deadline covers the body, not only the headers")
                .isLessThan(5_000);
    }

    private String serve(String json) throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/fhir/.well-known/smart-configuration", ex -> {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, body.length);
            try (var out = ex.getResponseBody()) {
                out.write(body);
            } catch (java.io.IOException ignored) {
                // the client stopped reading at the cap
            }
            ex.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/fhir";
    }
}
