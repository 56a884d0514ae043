package org.salus.assistant.smart;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Patient;
import org.salus.assistant.fhir.ClinicalContext;
import org.salus.assistant.web.ApiException;
import org.salus.assistant.web.PublicUrls;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * SMART App Launch 2 (EHR launch): {@code /launch} discovers the EHR's endpoints and sends the user to authorize
 * with PKCE; {@code /launch/callback} exchanges the code, reads the patient's age and language, and opens the web
 * chat in that language with the age in the URL fragment, which never reaches a server; nothing about the patient
 * is kept.
 */
@RestController
@EnableConfigurationProperties(SmartProperties.class)
class LaunchController {

    private static final Set<String> LANGUAGES = Set.of("en", "es");

    private final SmartProperties properties;
    private final SmartClient client;
    private final PendingLaunches pending;
    private final PublicUrls urls;

    LaunchController(SmartProperties properties, SmartClient client, PendingLaunches pending, PublicUrls urls) {
        this.properties = properties;
        this.client = client;
        this.pending = pending;
        this.urls = urls;
    }

    @GetMapping("/launch")
    ResponseEntity<Void> launch(@RequestParam(required = false) String iss, @RequestParam(required = false) String launch) {
        if (iss == null || launch == null || launch.isBlank()) {
            throw new ApiException(400, "Incomplete launch", "A SMART EHR launch needs 'iss' and 'launch'.");
        }
        if (!properties.allows(iss)) {
            throw new ApiException(403, "Unknown EHR", "This FHIR server is not in salus.smart.allowed-issuers.");
        }
        String server = SmartProperties.trim(iss);
        SmartClient.Configuration config = call(() -> client.discover(server));
        String verifier = Pkce.random();
        String state = Pkce.random();
        String redirect = redirectUri();
        pending.put(state, PendingLaunches.Pending.of(server, config.tokenEndpoint(), verifier, redirect));
        URI authorize = UriComponentsBuilder.fromUriString(config.authorizationEndpoint())
                .queryParam("response_type", "code")
                .queryParam("client_id", properties.clientId())
                .queryParam("redirect_uri", redirect)
                .queryParam("launch", launch)
                .queryParam("scope", properties.scope())
                .queryParam("state", state)
                .queryParam("aud", server)
                .queryParam("code_challenge", Pkce.challenge(verifier))
                .queryParam("code_challenge_method", "S256")
                .encode().build().toUri();
        return ResponseEntity.status(HttpStatus.FOUND).location(authorize).build();
    }

    @GetMapping("/launch/callback")
    ResponseEntity<Void> callback(@RequestParam(required = false) String code, @RequestParam(required = false) String state,
                                  @RequestParam(required = false) String error) {
        if (error != null) {
            throw new ApiException(400, "Launch not authorized", "The EHR did not authorize the launch.");
        }
        PendingLaunches.Pending launch = pending.take(state).orElseThrow(() -> new ApiException(400,
                "Unknown or expired launch", "Start the launch again from the EHR."));
        if (code == null || code.isBlank()) {
            throw new ApiException(400, "Missing code", "The EHR's redirect carries no authorization code.");
        }
        SmartClient.Token token = call(() -> client.exchange(launch, code, properties.clientId()));
        Optional<Patient> patient = client.patient(launch.iss(), token);
        return ResponseEntity.status(HttpStatus.FOUND).location(chat(patient, token.appContext())).build();
    }

    /** The web chat URL: language as {@code ?lang=} (as the chat reads it), age and topic in the fragment only. */
    private URI chat(Optional<Patient> patient, String appContext) {
        Map<String, String> fragment = new LinkedHashMap<>();
        fragment.put("launch", "smart");
        ClinicalContext context = ClinicalContext.of(patient.stream().toList());
        Map<String, String> app = appContext(appContext);
        String language = supported(context.language()) ? context.language()
                : supported(app.get("lang")) ? app.get("lang") : null;
        if (context.ageYears() != null) {
            fragment.put("age", context.ageYears().toString());
        }
        String topic = app.get("topic");
        if (topic != null && topic.matches("[a-z0-9][a-z0-9_.-]{0,127}")) {
            fragment.put("topic", topic);
        }
        StringBuilder f = new StringBuilder();
        fragment.forEach((k, v) -> f.append(f.isEmpty() ? "" : "&").append(k).append('=').append(v));
        var url = UriComponentsBuilder.fromUriString(urls.to("/"));
        if (language != null) {
            url.queryParam("lang", language);
        }
        return url.fragment(f.toString()).build().toUri();
    }

    private static boolean supported(String language) {
        return language != null && LANGUAGES.contains(language);
    }

    private static Map<String, String> appContext(String appContext) {
        Map<String, String> values = new LinkedHashMap<>();
        if (appContext != null) {
            for (String pair : appContext.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
        }
        return values;
    }

    private String redirectUri() {
        return properties.redirectUri() != null && !properties.redirectUri().isBlank() ? properties.redirectUri()
                : urls.to("/launch/callback");
    }

    private static <T> T call(java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (SmartClient.LaunchFailure e) {
            throw new ApiException(502, "EHR launch failed", e.getMessage());
        }
    }
}
