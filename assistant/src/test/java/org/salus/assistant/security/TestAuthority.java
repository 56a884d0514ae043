package org.salus.assistant.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A local OAuth2 authorization server and SMART-on-FHIR EHR for tests, on the JDK HttpServer: JWKS and signed
 * JWTs, SMART discovery, an authorization endpoint that checks PKCE parameters, a token endpoint that verifies
 * the code verifier, and one Patient. It records the paths it was asked for.
 */
public final class TestAuthority {

    public static final String AUDIENCE = "salus-test";
    public static final String LAUNCH = "launch-123";
    public static final String PATIENT_ID = "p-es-1";
    public static final int PATIENT_AGE = 47;
    private static TestAuthority instance;

    private final HttpServer server;
    private final RSAKey key;
    private final RSAKey stranger;
    private final Map<String, Map<String, String>> codes = new ConcurrentHashMap<>();
    private final Set<String> tokens = ConcurrentHashMap.newKeySet();
    public final Set<String> requested = ConcurrentHashMap.newKeySet();

    private TestAuthority() throws IOException, JOSEException {
        key = new RSAKeyGenerator(2048).keyID("test-key").generate();
        stranger = new RSAKeyGenerator(2048).keyID("test-key").generate();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/jwks", ex -> send(ex, 200, "application/json", new JWKSet(key.toPublicJWK()).toString()));
        server.createContext("/fhir/.well-known/smart-configuration", ex -> send(ex, 200, "application/json", """
                {"authorization_endpoint":"%s/authorize","token_endpoint":"%s/token",
                 "code_challenge_methods_supported":["S256"],
                 "capabilities":["launch-ehr","client-public","context-ehr-patient"]}""".formatted(base(), base())));
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.createContext("/fhir/Patient/", this::patient);
        server.start();
    }

    public static synchronized TestAuthority get() {
        if (instance == null) {
            try {
                instance = new TestAuthority();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String issuer() {
        return base();
    }

    public String jwksUri() {
        return base() + "/jwks";
    }

    /** The FHIR server base an EHR passes as {@code iss}. */
    public String fhirBase() {
        return base() + "/fhir";
    }

    public String token(String audience) {
        return sign(key, issuer(), audience, Instant.now().plusSeconds(300));
    }

    public String tokenFromIssuer(String issuer) {
        return sign(key, issuer, AUDIENCE, Instant.now().plusSeconds(300));
    }

    public String tokenSignedByStranger() {
        return sign(stranger, issuer(), AUDIENCE, Instant.now().plusSeconds(300));
    }

    public String expiredToken() {
        return sign(key, issuer(), AUDIENCE, Instant.now().minusSeconds(600));
    }

    /** What a SMART launch hands the browser: an OpenID Connect ID token for the clinic's audience, no scope. */
    public String idToken(String audience) {
        return sign(key, issuer(), audience, Instant.now().plusSeconds(300), null, "JWT");
    }

    /** An access token whose header states another type (here an ID token's, as some servers mark them). */
    public String tokenOfType(String type) {
        return sign(key, issuer(), AUDIENCE, Instant.now().plusSeconds(300), "system/*.read", type);
    }

    public String tokenWithScope(String scope) {
        return sign(key, issuer(), AUDIENCE, Instant.now().plusSeconds(300), scope, "at+jwt");
    }

    private static String sign(RSAKey with, String issuer, String audience, Instant expires) {
        return sign(with, issuer, audience, expires, "system/*.read launch", "at+jwt");
    }

    private static String sign(RSAKey with, String issuer, String audience, Instant expires, String scope, String type) {
        try {
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer).audience(audience)
                    .subject("clinician-1").claim("client_id", "ehr-test")
                    .issueTime(Date.from(expires.minusSeconds(900))).expirationTime(Date.from(expires))
                    .jwtID(UUID.randomUUID().toString());
            if (scope != null) {
                claims.claim("scope", scope);
            } else {
                claims.claim("nonce", "n-0S6_WzA2Mj");
            }
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(with.getKeyID())
                    .type(new com.nimbusds.jose.JOSEObjectType(type)).build(), claims.build());
            jwt.sign(new RSASSASigner(with));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private void authorize(HttpExchange ex) throws IOException {
        requested.add("/authorize");
        Map<String, String> q = parse(ex.getRequestURI().getRawQuery());
        boolean ok = "code".equals(q.get("response_type")) && "salus".equals(q.get("client_id"))
                && LAUNCH.equals(q.get("launch")) && fhirBase().equals(q.get("aud"))
                && "S256".equals(q.get("code_challenge_method")) && q.get("code_challenge") != null
                && q.get("state") != null && q.get("redirect_uri") != null
                && q.getOrDefault("scope", "").contains("launch");
        if (!ok) {
            send(ex, 400, "text/plain", "bad authorization request");
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, Map.of("challenge", q.get("code_challenge"), "redirect", q.get("redirect_uri")));
        ex.getResponseHeaders().add("Location", q.get("redirect_uri") + "?code=" + code + "&state=" + q.get("state"));
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }

    private void token(HttpExchange ex) throws IOException {
        requested.add("/token");
        Map<String, String> form = parse(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Map<String, String> issued = codes.remove(form.getOrDefault("code", ""));
        boolean ok = issued != null && "authorization_code".equals(form.get("grant_type"))
                && issued.get("redirect").equals(form.get("redirect_uri")) && "salus".equals(form.get("client_id"))
                && form.get("code_verifier") != null && issued.get("challenge").equals(s256(form.get("code_verifier")));
        if (!ok) {
            send(ex, 400, "application/json", "{\"error\":\"invalid_grant\"}");
            return;
        }
        String access = token("ehr");
        tokens.add(access);
        send(ex, 200, "application/json", """
                {"access_token":"%s","token_type":"Bearer","expires_in":300,"scope":"launch patient/Patient.rs",
                 "patient":"%s","appContext":"topic=tiny-stroke&lang=en"}""".formatted(access, PATIENT_ID));
    }

    private void patient(HttpExchange ex) throws IOException {
        requested.add("/fhir/Patient");
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !tokens.contains(auth.replaceFirst("^Bearer ", ""))
                || !ex.getRequestURI().getPath().endsWith("/" + PATIENT_ID)) {
            send(ex, 401, "application/fhir+json", "{\"resourceType\":\"OperationOutcome\"}");
            return;
        }
        String born = LocalDate.now().minusYears(PATIENT_AGE).minusDays(10).toString();
        send(ex, 200, "application/fhir+json", """
                {"resourceType":"Patient","id":"%s","gender":"female","birthDate":"%s",
                 "communication":[{"language":{"coding":[{"system":"urn:ietf:bcp:47","code":"es"}]},"preferred":true}]}"""
                .formatted(PATIENT_ID, born));
    }

    private static String s256(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, String> parse(String query) {
        Map<String, String> values = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return values;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            values.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
        }
        return values;
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }
}
