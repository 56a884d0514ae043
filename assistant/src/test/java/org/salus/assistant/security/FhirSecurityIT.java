package org.salus.assistant.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Who may call the clinic endpoints (FHIR, CDS Hooks, Infobutton), and that the web chat's paths stay open. */
class FhirSecurityIT extends ClinicIntegrationTest {

    private static final String ASK = "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"question\","
            + "\"valueString\":\"What is a stroke?\"}]}";

    static Stream<Arguments> refusedCredentials() {
        TestAuthority a = TestAuthority.get();
        return Stream.of(
                Arguments.of("no credentials", new String[0]),
                Arguments.of("garbage token", new String[] {"Authorization", "Bearer not-a-jwt"}),
                Arguments.of("token signed by another key", new String[] {"Authorization", "Bearer " + a.tokenSignedByStranger()}),
                Arguments.of("expired token", new String[] {"Authorization", "Bearer " + a.expiredToken()}),
                Arguments.of("wrong issuer", new String[] {"Authorization", "Bearer " + a.tokenFromIssuer("https://other.example.org")}),
                Arguments.of("wrong audience", new String[] {"Authorization", "Bearer " + a.token("someone-else")}),
                Arguments.of("unknown API key", new String[] {"X-API-Key", "key-three"}),
                Arguments.of("the stored hash used as a key", new String[] {"X-API-Key",
                        "c8df51469c308a59bfbd48a3e0bdd228ca922d6032035f5ef6e4ad45f473a9f3"}),
                Arguments.of("an ID token (no scope)", new String[] {"Authorization", "Bearer " + a.idToken(TestAuthority.AUDIENCE)}),
                Arguments.of("a token typed as an ID token", new String[] {"Authorization", "Bearer " + a.tokenOfType("id+jwt")}),
                Arguments.of("a token without the required scope", new String[] {"Authorization",
                        "Bearer " + a.tokenWithScope("patient/Patient.rs")}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedCredentials")
    void refusesAskWithout(String why, String[] headers) throws Exception {
        assertUnauthorizedProblem(post("/fhir/$ask", "application/fhir+json", ASK, headers));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedCredentials")
    void refusesCdsAndInfobuttonWithout(String why, String[] headers) throws Exception {
        assertUnauthorizedProblem(get("/cds-services", headers));
        assertUnauthorizedProblem(get("/infobutton?mainSearchCriteria.v.c=I63.9&mainSearchCriteria.v.cs=2.16.840.1.113883.6.90",
                headers));
    }

    /** A 401 is problem details like every other refusal at the edge, and still says how to authenticate. */
    private static void assertUnauthorizedProblem(java.net.http.HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        var problem = new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(401);
        assertThat(problem.path("title").asText()).isEqualTo("Unauthorized");
        assertThat(problem.path("detail").asText()).contains("bearer token or API key");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).matches("(Bearer|ApiKey).*"));
        assertThat(response.body()).doesNotContain("eyJ").doesNotContain("key-three");
    }

    @Test
    void acceptsValidTokenAndApiKey() throws Exception {
        String token = TestAuthority.get().token(TestAuthority.AUDIENCE);
        assertThat(post("/fhir/$ask", "application/fhir+json", ASK, "Authorization", "Bearer " + token).statusCode())
                .isEqualTo(200);
        var byKey = post("/fhir/$ask", "application/fhir+json", ASK, "X-API-Key", API_KEY);
        assertThat(byKey.statusCode()).isEqualTo(200);
        assertThat(byKey.headers().firstValue("X-Powered-By")).isEmpty();
        assertThat(get("/cds-services", "X-API-Key", "key-one").statusCode()).isEqualTo(200);
    }

    @Test
    void metadataIsPublic() throws Exception {
        var metadata = get("/fhir/metadata");
        assertThat(metadata.statusCode()).isEqualTo(200);
        assertThat(metadata.headers().firstValue("X-Powered-By")).isEmpty();
    }

    @Test
    void webChatPathsStayOpenWithoutLoginOrCsrf() throws Exception {
        var chat = post("/api/chat", "application/json", "{\"message\":\"What is a stroke?\"}");
        assertThat(chat.statusCode()).isEqualTo(200);
        assertThat(chat.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(chat.headers().firstValue("X-Powered-By")).isEmpty();
        assertThat(get("/api/search?q=stroke").statusCode()).isEqualTo(200);
    }

    @Test
    void corsAllowsOnlyConfiguredOrigins() throws Exception {
        var allowed = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/cds-services")))
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://ehr.example.org").header("Access-Control-Request-Method", "GET").build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains("https://ehr.example.org");
        var refused = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/cds-services")))
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://evil.example.com").header("Access-Control-Request-Method", "GET").build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(refused.body()).path("status").asInt())
                .isEqualTo(403);
    }
}
