package org.salus.assistant.smart;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Patient;
import org.salus.assistant.web.BoundedExchange;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The outbound calls of a SMART launch (discovery, token exchange, reading the Patient), only to allowed servers, over
 * https (plain http only to this machine), each within {@link #TIMEOUT} body included, and no larger than
 * {@link #MAX_RESPONSE_BYTES}.
 */
@Component
class SmartClient {

    /** The longest one call may take, from connecting to the last byte of the body. */
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** The most a discovery document, token response or Patient may weigh; more is refused unread. */
    static final int MAX_RESPONSE_BYTES = 256 * 1024;
    private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final FhirContext fhir;
    private final Duration timeout;

    @Autowired
    SmartClient(FhirContext fhir) {
        this(fhir, TIMEOUT);
    }

    SmartClient(FhirContext fhir, Duration timeout) {
        this.fhir = fhir;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The server's SMART configuration; the authorization and token endpoints must be http(s) URLs. */
    Configuration discover(String iss) {
        if (!secure(iss)) {
            throw new LaunchFailure("The EHR's FHIR server must be reached over https.");
        }
        JsonNode config = json(HttpRequest.newBuilder(URI.create(iss + "/.well-known/smart-configuration"))
                .header("Accept", "application/json").timeout(timeout).GET().build());
        String authorize = config.path("authorization_endpoint").asText("");
        String token = config.path("token_endpoint").asText("");
        if (authorize.isEmpty() || token.isEmpty()) {
            throw new LaunchFailure("The EHR's SMART configuration lacks authorization and token endpoints.");
        }
        if (!secure(authorize) || !secure(token)) {
            throw new LaunchFailure("The EHR's authorization and token endpoints must be https.");
        }
        boolean s256 = false;
        for (JsonNode method : config.path("code_challenge_methods_supported")) {
            s256 |= "S256".equals(method.asText());
        }
        if (!s256) {
            throw new LaunchFailure("The EHR does not support PKCE with S256, which SMART App Launch 2 requires.");
        }
        return new Configuration(authorize, token);
    }

    /** Exchanges the authorization code (with the PKCE verifier) for the token response. */
    Token exchange(PendingLaunches.Pending launch, String code, String clientId) {
        String form = form(Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", launch.redirectUri(), "client_id", clientId, "code_verifier", launch.verifier()));
        JsonNode token = json(HttpRequest.newBuilder(URI.create(launch.tokenEndpoint()))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .timeout(timeout).POST(HttpRequest.BodyPublishers.ofString(form)).build());
        String access = token.path("access_token").asText("");
        if (access.isEmpty()) {
            throw new LaunchFailure("The EHR's token response has no access token.");
        }
        String patient = token.path("patient").asText("");
        return new Token(access, FHIR_ID.matcher(patient).matches() ? patient : null,
                token.path("appContext").asText(null));
    }

    /** The launch patient, read with the access token; empty when the EHR does not share it. */
    Optional<Patient> patient(String iss, Token token) {
        if (token.patient() == null) {
            return Optional.empty();
        }
        try {
            HttpResponse<byte[]> response = BoundedExchange.send(http, HttpRequest.newBuilder(URI.create(iss + "/Patient/"
                    + token.patient())).header("Accept", "application/fhir+json")
                    .header("Authorization", "Bearer " + token.accessToken()).timeout(timeout).GET().build(),
                    MAX_RESPONSE_BYTES, timeout);
            if (response.statusCode() != 200) {
                return Optional.empty();
            }
            return Optional.of(fhir.newJsonParser().parseResource(Patient.class,
                    new String(response.body(), StandardCharsets.UTF_8)));
        } catch (IOException | DataFormatException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private JsonNode json(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = BoundedExchange.send(http, request, MAX_RESPONSE_BYTES, timeout);
            if (response.statusCode() != 200) {
                throw new LaunchFailure("The EHR answered " + response.statusCode() + " to " + request.uri().getPath());
            }
            return JSON.readTree(response.body());
        } catch (BoundedExchange.TooLarge e) {
            throw new LaunchFailure("The EHR's answer to " + request.uri().getPath() + " is larger than "
                    + MAX_RESPONSE_BYTES / 1024 + " KB.");
        } catch (HttpTimeoutException e) {
            throw new LaunchFailure("The EHR did not answer " + request.uri().getPath() + " in time.");
        } catch (IOException e) {
            throw new LaunchFailure("The EHR could not be reached or sent invalid JSON (" + request.uri().getPath() + ").");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchFailure("The launch was interrupted.");
        }
    }

    static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** An https URL, or plain http only to this machine (a test or a local EHR sandbox). */
    static boolean secure(String url) {
        try {
            URI uri = URI.create(url);
            if (uri.getHost() == null) {
                return false;
            }
            if ("https".equalsIgnoreCase(uri.getScheme())) {
                return true;
            }
            return "http".equalsIgnoreCase(uri.getScheme()) && loopback(uri.getHost());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean loopback(String host) {
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        return h.equalsIgnoreCase("localhost") || h.equals("::1") || h.matches("127(\\.\\d{1,3}){3}");
    }

    /** Where to send the user to authorize and where to exchange the code. */
    record Configuration(String authorizationEndpoint, String tokenEndpoint) {}

    /** The parts of a token response a launch uses; the access token is dropped when the launch ends. */
    record Token(String accessToken, String patient, String appContext) {}

    /** A launch that cannot go on; its message names the step, never patient data. */
    static final class LaunchFailure extends RuntimeException {
        LaunchFailure(String message) {
            super(message, null, false, false);
        }
    }
}
