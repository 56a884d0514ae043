package org.salus.assistant.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.salus.assistant.TestCorpus;
import org.salus.assistant.config.SalusProperties;
import org.salus.assistant.image.TestImages;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The privacy proof: chats full of seeded synthetic identifiers go through every path the API has (chat, stream,
 * refusals, escalations, bad input of every kind, identifier-valued session ids, erasure), with content loggers
 * turned up to TRACE; then every file under the data directory, all log output and every database table are scanned
 * for the identifiers. Subclasses choose the database.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class PrivacyProof {

    static final String NAME = "Marisol Quintanilla";
    static final String NAME_ES = "Xiomara Villafañe";
    static final String EMAIL = "marisol.quintanilla@example.org";
    static final String PHONE = "(415) 555-0142";
    static final String PHONE_ES = "+34 612 345 678";
    static final String SSN = "219-09-9999";
    static final String MRN = "MRN 4471902";
    static final String ADDRESS = "1847 Larkspur Avenue";
    static final String BIRTH = "03/14/1962";
    static final String DNI = "48291037K";
    static final List<String> SEEDS = List.of(NAME, "Quintanilla", NAME_ES, "Villafañe", EMAIL, PHONE, "555-0142",
            PHONE_ES, "612 345 678", SSN, MRN, "4471902", ADDRESS, "Larkspur", BIRTH, "1962-03-14", DNI);
    static final String PATIENT = """
            {"resourceType":"Patient","id":"4471902","name":[{"family":"Quintanilla","given":["Marisol"]}],
             "birthDate":"1962-03-14","telecom":[{"system":"phone","value":"(415) 555-0142"},
             {"system":"email","value":"marisol.quintanilla@example.org"}],"identifier":[{"value":"MRN 4471902"}],
             "address":[{"line":["1847 Larkspur Avenue"]}]}""";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = "proof-admin-token";
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;
    @Autowired
    SalusProperties salus;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    SessionTokens tokens;

    /** A fresh copy of the tiny corpus's data directory, so the scan covers only what this run wrote. */
    static Path freshDataDir(String name) {
        Path source = TestCorpus.dataDir("none");
        Path target = Path.of("target", "it-data", name + "-" + UUID.randomUUID()).toAbsolutePath();
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path p : paths.toList()) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else if (!source.relativize(p).startsWith("audit")) {
                    Files.copy(p, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** The model provider the replies must name, proving which composer path ran. */
    abstract String provider();

    /** The JDBC URL prefix of the database the audit trail must be in. */
    abstract String database();

    static void common(DynamicPropertyRegistry registry, Path dataDir) {
        registry.add("salus.data-dir", dataDir::toString);
        registry.add("salus.corpus.starter-when-empty", () -> "false");
        registry.add("salus.retrieval.embedding", () -> "none");
        registry.add("salus.privacy.admin-token", () -> ADMIN);
        registry.add("salus.security.allow-anonymous-clinic", () -> "true");
        registry.add("server.tomcat.accesslog.enabled", () -> "true");
        registry.add("server.tomcat.accesslog.buffered", () -> "false");
        for (String logger : List.of("org.springframework.web", "org.springframework.http", "org.apache.coyote",
                "org.apache.tomcat", "org.apache.catalina", "org.springframework.jdbc", "dev.langchain4j", "org.salus")) {
            registry.add("logging.level." + logger, () -> "TRACE");
        }
    }

    @Test
    void noSeededIdentifierSurvivesInFilesLogsOrDatabase(CapturedOutput output) throws Exception {
        String story = "My name is " + NAME + ", born " + BIRTH + ", SSN " + SSN + ", " + MRN + ". I live at " + ADDRESS
                + " and my phone is " + PHONE + ", email " + EMAIL + ".";
        String historia = "Me llamo " + NAME_ES + ", DNI " + DNI + ", teléfono " + PHONE_ES + ".";
        List<String> messages = List.of(
                "What are the warning signs of a stroke?",
                "Warning signs of a stroke, " + NAME + "?",
                "What are the warning signs of a stroke? Asking for " + NAME + ", " + PHONE + ".",
                story + " What are the warning signs of a stroke?",
                story + " How much exercise should I get each week?",
                story + " I have crushing chest pain and cannot breathe.",
                story + " I want to kill myself tonight.",
                story + " How do I poison my neighbour without being caught?",
                story + " What dose of ibuprofen should I take for my back pain?",
                historia + " ¿Cuáles son los síntomas del ictus?");
        List<String> sessions = List.of(EMAIL, NAME, EMAIL, EMAIL, SSN, NAME, PHONE, MRN, "s-" + DNI, ADDRESS);
        List<String> providers = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            String body = body(messages.get(i), i == messages.size() - 1 ? "es" : "en", sessions.get(i));
            HttpResponse<String> reply = post("/api/chat", "application/json", body);
            assertThat(reply.statusCode()).isEqualTo(200);
            providers.add(JSON.readTree(reply.body()).path("model").path("provider").asText()
                    + " " + JSON.readTree(reply.body()).path("notes") + " " + JSON.readTree(reply.body()).path("citations").size());
            assertThat(post("/api/chat/stream", "application/json", body).statusCode()).isEqualTo(200);
        }
        assertThat(providers).as("composer path exercised").anyMatch(p -> p.startsWith(provider() + " "));

        // A pharmacy label photo carrying the patient's name, record number and birth date: read, answered, forgotten.
        String label = TestImages.pngDataUrl(TestImages.text(List.of("Patient: " + NAME, MRN + "   DOB " + BIRTH,
                "IBUPROFEN 200 mg tablets", "Take 1 tablet every 6 hours with food"), 28, 0));
        for (String path : List.of("/api/chat", "/api/chat/stream")) {
            assertThat(post(path, "application/json", JSON.writeValueAsString(Map.of("image", label,
                    "message", "Can I take this with food?", "sessionId", EMAIL))).statusCode()).isEqualTo(200);
        }

        List<Integer> rejected = new ArrayList<>();
        rejected.add(post("/api/chat", "application/json", body(story.repeat(40), "en", EMAIL)).statusCode());
        rejected.add(post("/api/chat/stream", "application/json", body(story.repeat(40), "en", EMAIL)).statusCode());
        rejected.add(post("/api/chat", "application/json", "{\"message\": \"" + story + "\", \"mode\": ").statusCode());
        rejected.add(post("/api/chat", "application/json", "{\"message\": [\"" + story + "\"]}").statusCode());
        rejected.add(post("/api/chat", "text/plain", story).statusCode());
        rejected.add(post("/api/chat", "application/json",
                JSON.writeValueAsString(Map.of("message", story, "mode", NAME))).statusCode());
        rejected.add(post("/api/chat", "application/json",
                JSON.writeValueAsString(Map.of("message", story, "language", EMAIL))).statusCode());
        rejected.add(post("/api/chat", "application/json",
                JSON.writeValueAsString(Map.of("message", story, "sessionId", story.repeat(3)))).statusCode());
        rejected.add(post("/api/chat", "application/json", JSON.writeValueAsString(Map.of("message", ""))).statusCode());
        rejected.add(post("/api/chat", "application/json", JSON.writeValueAsString(Map.of("sessionId", EMAIL,
                "image", "data:image/png;base64," + Base64.getEncoder().encodeToString(story.getBytes(StandardCharsets.UTF_8)))))
                .statusCode());
        rejected.add(post("/api/chat", "application/json", JSON.writeValueAsString(Map.of("image", story))).statusCode());
        assertThat(rejected).allSatisfy(status -> assertThat(status).isBetween(400, 499));

        List<Integer> clinic = new ArrayList<>();
        String question = JSON.writeValueAsString("What are the warning signs of a stroke? " + story);
        clinic.add(post("/fhir/$ask", "application/fhir+json", "{\"resourceType\":\"Parameters\",\"parameter\":["
                + "{\"name\":\"question\",\"valueString\":" + question + "},{\"name\":\"context\",\"resource\":"
                + "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"resource\":" + PATIENT + "}]}}]}")
                .statusCode());
        clinic.add(post("/fhir/$ask", "application/fhir+json", "{\"resourceType\":\"Parameters\",\"parameter\":["
                + "{\"name\":\"question\",\"valueString\":" + question + ",").statusCode());
        clinic.add(post("/fhir/$ask", "application/fhir+json", PATIENT).statusCode());
        clinic.add(post("/cds-services/patient-education", "application/json", "{\"hookInstance\":\"" + UUID.randomUUID()
                + "\",\"hook\":\"patient-view\",\"context\":{\"userId\":\"Practitioner/1\",\"patientId\":\"4471902\"},"
                + "\"prefetch\":{\"patient\":" + PATIENT + "}}").statusCode());
        clinic.add(post("/cds-services/patient-education", "application/json", "{\"hook\":" + question).statusCode());
        clinic.add(send(HttpRequest.newBuilder(uri("/infobutton?mainSearchCriteria.v.c=I63&mainSearchCriteria.v.cs="
                + "2.16.840.1.113883.6.90&mainSearchCriteria.v.dn=" + encode(story) + "&patientPerson.name=" + encode(NAME)
                + "&knowledgeResponseType=application/json")).GET()).statusCode());
        assertThat(clinic).as("clinic paths: answered, or refused without a server error").startsWith(200)
                .allSatisfy(status -> assertThat(status).isLessThan(500));
        assertThat(clinic.get(3)).as("CDS Hooks answered").isEqualTo(200);
        assertThat(clinic.get(5)).as("Infobutton answered").isEqualTo(200);

        assertThat(send(HttpRequest.newBuilder(uri("/api/search?q=" + encode(story) + "&k=3")).GET()).statusCode()).isEqualTo(200);
        long turns = auditedTurns();
        assertThat(send(HttpRequest.newBuilder(uri("/api/sessions/" + encode(EMAIL))).header(SessionTokens.HEADER, tokens.issue(EMAIL)).DELETE()).statusCode()).isEqualTo(204);
        assertThat(send(HttpRequest.newBuilder(uri("/api/sessions/" + encode(NAME))).header(SessionTokens.HEADER, tokens.issue(NAME)).DELETE()).statusCode()).isEqualTo(204);
        assertThat(send(HttpRequest.newBuilder(uri("/api/chat/" + encode(story))).GET()).statusCode()).isBetween(400, 499);
        events.publishEvent(new ChatTranscriptReady(Instant.now(), SSN, story, story));
        LoggerFactory.getLogger(PrivacyProof.class).warn("Control line: patient {} reachable at {} or {}", NAME, PHONE, EMAIL);

        assertThat(auditedTurns()).as("the DELETEd sessions' turns are gone, the others stay").isBetween(1L, turns - 10);
        checkpoint();
        PrivacyScan scan = new PrivacyScan(SEEDS);
        List<String> found = new ArrayList<>();
        found.addAll(scan.files(salus.dataDir()));
        found.addAll(scan.text("log output", output.getAll()));
        found.addAll(scan.database(dataSource));
        assertThat(output.getAll()).as("log capture works").contains("Control line: patient");
        assertThat(accessLog()).as("access log written").contains("\"DELETE\" 204");
        assertThat(found).as("seeded identifiers found").isEmpty();
    }

    private String accessLog() throws IOException {
        try (Stream<Path> logs = Files.list(salus.dataDir().resolve("logs"))) {
            StringBuilder text = new StringBuilder();
            for (Path log : logs.toList()) {
                text.append(Files.readString(log));
            }
            return text.toString();
        }
    }

    /** Turns recorded so far, read through the admin export so queued writes are flushed first. */
    private long auditedTurns() throws Exception {
        HttpResponse<String> export = send(HttpRequest.newBuilder(uri("/api/admin/audit"))
                .header("Authorization", "Bearer " + ADMIN).GET());
        assertThat(export.statusCode()).isEqualTo(200);
        return JSON.readTree(export.body()).get("records").size();
    }

    /** Makes the database write what it holds in memory to its files before they are scanned. */
    void checkpoint() {
        String url = new JdbcTemplate(dataSource).execute((java.sql.Connection c) -> c.getMetaData().getURL());
        assertThat(url).startsWith(database());
        if (url.startsWith("jdbc:h2:")) {
            new JdbcTemplate(dataSource).execute("CHECKPOINT SYNC");
        }
    }

    private static String body(String message, String language, String session) throws IOException {
        return JSON.writeValueAsString(Map.of("message", message, "language", language, "sessionId", session));
    }

    private HttpResponse<String> post(String path, String type, String body) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
