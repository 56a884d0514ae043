package org.salus.assistant.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.salus.assistant.SalusApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One application context shared by the clinic integration tests: the clinic corpus, the test authority as JWT
 * issuer and SMART EHR, two API keys, and redacted transcripts kept (to show what never reaches them).
 */
@SpringBootTest(classes = SalusApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"salus.corpus.starter-when-empty=false", "salus.retrieval.embedding=none",
                "salus.security.jwt.audience=" + TestAuthority.AUDIENCE, "SALUS_API_KEYS=" + ClinicIntegrationTest.API_KEYS,
                "salus.security.cors.allowed-origins=https://ehr.example.org",
                "salus.security.jwt.required-scopes=system/*.read", "salus.privacy.store-transcripts=true"})
public abstract class ClinicIntegrationTest {

    public static final String API_KEY = "key-two";
    /** The two keys as an operator stores them: names and SHA-256 hashes (of "key-one" and "key-two"). */
    static final String API_KEYS = "intranet:9b346041bc9a49574eb2665b2ad2a0a3f9f9cce4e42f5d1f26deb8a256b5966a, "
            + "ehr-prod:sha256:c8df51469c308a59bfbd48a3e0bdd228ca922d6032035f5ef6e4ad45f473a9f3";

    protected final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void clinic(DynamicPropertyRegistry registry) {
        TestAuthority authority = TestAuthority.get();
        registry.add("salus.data-dir", () -> ClinicCorpus.dataDir().toString());
        registry.add("salus.security.jwt.issuer-uri", authority::issuer);
        registry.add("salus.security.jwt.jwk-set-uri", authority::jwksUri);
        registry.add("salus.smart.allowed-issuers", authority::fhirBase);
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    protected HttpResponse<String> post(String path, String contentType, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
