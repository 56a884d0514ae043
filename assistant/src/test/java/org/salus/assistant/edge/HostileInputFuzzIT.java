package org.salus.assistant.edge;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.salus.assistant.SalusApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Property-based fuzzing of every public endpoint over real HTTP: whatever arrives (wrong types, deep nesting, key
 * bombs, bytes that are not UTF-8, broken escapes, huge and empty values), the answer is never a 5xx, and a 4xx is
 * problem details (an OperationOutcome at the FHIR edge).
 */
class HostileInputFuzzIT {

    private static final int TRIES = 250;
    private static ConfigurableApplicationContext app;
    private static int port;

    @BeforeContainer
    static void start() {
        // Command-line arguments, so they win over application.yml (builder properties would only be defaults).
        app = new SpringApplicationBuilder(SalusApplication.class).run("--server.port=0",
                "--salus.data-dir=" + HostileCorpus.dataDir(), "--salus.corpus.starter-when-empty=false",
                "--salus.retrieval.embedding=none", "--salus.security.allow-anonymous-clinic=true",
                "--salus.rate-limit.enabled=false");
        port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }

    @AfterContainer
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Property(tries = TRIES)
    void chat(@ForAll("bodies") byte[] body, @ForAll("jsonTypes") String type) throws Exception {
        check(RawHttp.send(port, "POST", "/api/chat", type, body));
    }

    @Property(tries = TRIES)
    void chatStream(@ForAll("bodies") byte[] body, @ForAll("jsonTypes") String type) throws Exception {
        check(RawHttp.send(port, "POST", "/api/chat/stream", type + "\r\nAccept: text/event-stream", body));
    }

    @Property(tries = TRIES)
    void feedback(@ForAll("bodies") byte[] body, @ForAll("jsonTypes") String type) throws Exception {
        check(RawHttp.send(port, "POST", "/api/feedback", type, body));
    }

    @Property(tries = TRIES)
    void cdsHooks(@ForAll("bodies") byte[] body, @ForAll("jsonTypes") String type) throws Exception {
        check(RawHttp.send(port, "POST", "/cds-services/patient-education", type, body));
    }

    @Property(tries = TRIES)
    void fhirAsk(@ForAll("bodies") byte[] body) throws Exception {
        check(RawHttp.send(port, "POST", "/fhir/$ask", "Content-Type: application/fhir+json", body));
    }

    @Property(tries = TRIES)
    void search(@ForAll("queryValues") String q, @ForAll("queryValues") String k, @ForAll("queryValues") String other)
            throws Exception {
        check(RawHttp.send(port, "GET", "/api/search?q=" + q + "&k=" + k + "&mode=" + other + "&collection=" + other, "", null));
    }

    @Property(tries = TRIES)
    void infobutton(@ForAll("queryValues") String name, @ForAll("queryValues") String code) throws Exception {
        check(RawHttp.send(port, "GET", "/infobutton?mainSearchCriteria.v.dn=" + name + "&mainSearchCriteria.v.c=" + code
                + "&mainSearchCriteria.v.cs=" + code + "&knowledgeResponseType=" + name, "", null));
    }

    @Property(tries = TRIES)
    void privacyAndCapabilities(@ForAll("queryValues") String language) throws Exception {
        check(RawHttp.send(port, "GET", "/api/privacy?language=" + language, "", null));
        check(RawHttp.send(port, "GET", "/api/capabilities?language=" + language, "", null));
    }

    @Property(tries = TRIES)
    void transcribe(@ForAll("bodies") byte[] body, @ForAll("queryValues") String language,
                    @ForAll("audioTypes") String type) throws Exception {
        check(RawHttp.send(port, "POST", "/api/transcribe?language=" + language + "&sessionId=" + language, type, body));
    }

    @Property(tries = TRIES)
    void eraseSession(@ForAll("queryValues") String id, @ForAll("queryValues") String token) throws Exception {
        String segment = id.isEmpty() ? "x" : id.replace("%2F", "").replace("/", "");
        check(RawHttp.send(port, "DELETE", "/api/sessions/" + segment, "X-Session-Token: " + token.replace("\r", "")
                .replace("\n", ""), null));
    }

    private static void check(RawHttp.Reply reply) {
        assertThat(reply.status()).as(reply.head()).isBetween(200, 499);
        if (reply.status() >= 400) {
            assertThat(reply.contentType()).as(reply.head()).matches("application/(problem|fhir)\\+json.*");
            assertThat(reply.body()).as(reply.head()).contains(reply.contentType().startsWith("application/fhir")
                    ? "OperationOutcome" : "\"status\":" + reply.status());
        }
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("<html");
    }

    @Provide
    Arbitrary<byte[]> bodies() {
        return HostileArbitraries.bodies();
    }

    @Provide
    Arbitrary<String> queryValues() {
        return HostileArbitraries.queryValues();
    }

    @Provide
    Arbitrary<String> jsonTypes() {
        return Arbitraries.of("Content-Type: application/json", "Content-Type: application/json; charset=UTF-8",
                "Content-Type: application/json; charset=bogus", "Content-Type: text/plain", "Content-Type: application/xml",
                "Content-Type: multipart/form-data; boundary=x", "Content-Type: ", "X-Nothing: 1");
    }

    @Provide
    Arbitrary<String> audioTypes() {
        return Arbitraries.of("Content-Type: audio/wav", "Content-Type: audio/webm", "Content-Type: application/octet-stream",
                "Content-Type: multipart/form-data; boundary=x", "X-Nothing: 1");
    }
}
