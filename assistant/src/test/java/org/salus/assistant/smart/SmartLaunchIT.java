package org.salus.assistant.smart;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.salus.assistant.security.ClinicIntegrationTest;
import org.salus.assistant.security.TestAuthority;

/**
 * SMART App Launch 2 (EHR launch) against the test authority: discovery, authorization with PKCE S256, token
 * exchange and the patient's context, followed redirect by redirect as a browser would.
 */
class SmartLaunchIT extends ClinicIntegrationTest {

    @Test
    void ehrLaunchLandsInChatWithPatientLanguageAndAge() throws Exception {
        TestAuthority ehr = TestAuthority.get();
        HttpResponse<String> launch = get("/launch?iss=" + ehr.fhirBase() + "&launch=" + TestAuthority.LAUNCH);
        assertThat(launch.statusCode()).isEqualTo(302);
        URI authorize = URI.create(launch.headers().firstValue("Location").orElseThrow());
        Map<String, String> params = TestAuthority.parse(authorize.getRawQuery());
        assertThat(params).containsEntry("code_challenge_method", "S256").containsEntry("aud", ehr.fhirBase())
                .containsKey("code_challenge").containsKey("state");

        HttpResponse<String> authorized = http.send(HttpRequest.newBuilder(authorize).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(authorized.statusCode()).isEqualTo(302);
        URI callback = URI.create(authorized.headers().firstValue("Location").orElseThrow());
        assertThat(callback.toString()).startsWith(url("/launch/callback"));

        HttpResponse<String> landed = http.send(HttpRequest.newBuilder(callback).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(landed.statusCode()).as(landed.body()).isEqualTo(302);
        URI chat = URI.create(landed.headers().firstValue("Location").orElseThrow());
        assertThat(chat.getPath()).isEqualTo("/");
        assertThat(chat.getQuery()).isEqualTo("lang=es");
        assertThat(chat.getFragment()).isEqualTo("launch=smart&age=" + TestAuthority.PATIENT_AGE + "&topic=tiny-stroke");
        assertThat(landed.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(ehr.requested).contains("/authorize", "/token", "/fhir/Patient");

        HttpResponse<String> replay = http.send(HttpRequest.newBuilder(callback).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(replay.statusCode()).isEqualTo(400);
    }

    @Test
    void refusesIssuerNotInAllowList() throws Exception {
        HttpResponse<String> response = get("/launch?iss=https://evil.example.com/fhir&launch=x");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("allowed-issuers");
    }

    @Test
    void refusesIncompleteLaunchAndUnknownState() throws Exception {
        assertThat(get("/launch?launch=x").statusCode()).isEqualTo(400);
        assertThat(get("/launch/callback?code=abc&state=never-issued").statusCode()).isEqualTo(400);
        assertThat(get("/launch/callback?error=access_denied&state=x").statusCode()).isEqualTo(400);
    }
}
