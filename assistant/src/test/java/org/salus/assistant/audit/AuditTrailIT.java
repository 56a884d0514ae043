package org.salus.assistant.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salus.assistant.SalusApplication;
import org.salus.assistant.TestCorpus;
import org.salus.assistant.privacy.ChatTranscriptReady;
import org.salus.assistant.privacy.SessionTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The audit trail over real HTTP on the embedded database: records, erasure, retention, admin access, transcripts. */
@SpringBootTest(classes = SalusApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"salus.corpus.starter-when-empty=false", "salus.retrieval.embedding=none",
                "salus.privacy.retention=P7D", "salus.privacy.store-transcripts=true",
                "salus.privacy.admin-token=audit-it-token"})
class AuditTrailIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "Bearer audit-it-token";
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    SessionTokens tokens;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("salus.data-dir", () -> TestCorpus.dataDir("none").toString());
    }

    @BeforeEach
    void empty() throws Exception {
        assertThat(send(post("/api/admin/purge?before=2999-01-01").header("Authorization", TOKEN)).statusCode()).isEqualTo(200);
    }

    @Test
    void recordsOneContentFreeRowPerTurnUnderAPseudonym() throws Exception {
        String session = "client-" + UUID.randomUUID();
        chat("What are the warning signs of a stroke?", session);
        chat("How much exercise should adults get each week?", session);
        chat("What are the warning signs of a stroke?", null);
        JsonNode records = export("json").get("records");
        assertThat(records).hasSize(3);
        JsonNode first = records.get(0);
        assertThat(first.get("sessionHash").asText()).hasSize(64).isEqualTo(records.get(1).get("sessionHash").asText());
        assertThat(records.get(2).get("sessionHash").isNull()).isTrue();
        assertThat(first.get("channel").asText()).isEqualTo("api");
        assertThat(first.get("mode").asText()).isEqualTo("instant");
        assertThat(first.get("citedDocIds").toString()).contains("tiny-stroke");
        assertThat(first.get("provider").asText()).isEqualTo("extractive");
        assertThat(records.toString()).doesNotContain(session).doesNotContain("stroke?");
    }

    @Test
    void deletingASessionErasesItsTurnsAndTranscriptsAtOnce() throws Exception {
        chat("What are the warning signs of a stroke?", "erase-me");
        chat("What are the warning signs of a stroke?", "keep-me");
        events.publishEvent(new ChatTranscriptReady(Instant.now(), "erase-me", "question", "answer"));
        assertThat(send(HttpRequest.newBuilder(uri("/api/sessions/erase-me")).header(SessionTokens.HEADER, tokens.issue("erase-me")).DELETE()).statusCode()).isEqualTo(204);
        assertThat(export("json").get("records")).hasSize(1);
        // Only the other session's transcript (published by the chat itself) is left.
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM transcript", Integer.class)).isEqualTo(1);
        assertThat(send(HttpRequest.newBuilder(uri("/api/sessions/never-seen")).header(SessionTokens.HEADER, tokens.issue("never-seen")).DELETE()).statusCode()).isEqualTo(204);
    }

    @Test
    void optedInTranscriptsAreStoredRedacted() throws Exception {
        events.publishEvent(new ChatTranscriptReady(Instant.now(), "t-1",
                "Call me on (415) 555-0142 or write to ana.ruiz@example.org", "We cannot call you."));
        export("json");
        String stored = jdbc.queryForObject("SELECT message FROM transcript", String.class);
        assertThat(stored).doesNotContain("555-0142").doesNotContain("ana.ruiz").contains("[PHONE]").contains("[EMAIL]");
    }

    @Test
    void scheduledRetentionDeletesOnlyExpiredRecords() throws Exception {
        chat("What are the warning signs of a stroke?", "recent");
        export("json");
        jdbc.update("INSERT INTO audit_turn (at, latency_ms) VALUES (?, 1)",
                Instant.now().minus(Duration.ofDays(8)).atOffset(ZoneOffset.UTC));
        assertThat(export("json").get("records")).hasSize(2);
        JsonNode purged = JSON.readTree(send(post("/api/admin/purge").header("Authorization", TOKEN)).body());
        assertThat(purged.get("auditRecordsDeleted").asInt()).isEqualTo(1);
        assertThat(export("json").get("records")).hasSize(1);
    }

    @Test
    void exportsCsvForATimeRange() throws Exception {
        chat("What are the warning signs of a stroke?", "csv");
        HttpResponse<String> csv = send(HttpRequest.newBuilder(uri("/api/admin/audit?format=csv&from=2000-01-01"))
                .header("Authorization", TOKEN).GET());
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body().lines().toList()).hasSize(2).first().asString().startsWith("at,sessionHash,keyId");
        HttpResponse<String> none = send(HttpRequest.newBuilder(uri("/api/admin/audit?to=2000-01-01"))
                .header("Authorization", TOKEN).GET());
        assertThat(JSON.readTree(none.body()).get("records")).isEmpty();
    }

    @Test
    void adminEndpointsRefuseCallersWithoutTheOperatorToken() throws Exception {
        for (String header : List.of("", "Bearer wrong")) {
            HttpRequest.Builder export = HttpRequest.newBuilder(uri("/api/admin/audit")).GET();
            HttpRequest.Builder purge = post("/api/admin/purge");
            if (!header.isEmpty()) {
                export.header("Authorization", header);
                purge.header("Authorization", header);
            }
            assertThat(send(export).statusCode()).isEqualTo(401);
            assertThat(send(purge).statusCode()).isEqualTo(401);
        }
    }

    @Test
    void privacyStatementDescribesTheRunningConfiguration() throws Exception {
        JsonNode en = JSON.readTree(send(HttpRequest.newBuilder(uri("/api/privacy")).GET()).body());
        assertThat(en.get("retentionDays").asInt()).isEqualTo(7);
        assertThat(en.get("transcriptsStored").asBoolean()).isTrue();
        assertThat(en.get("database").asText()).isEqualTo("embedded");
        assertThat(en.get("text").asText()).contains("7 days", "transcripts");
        JsonNode es = JSON.readTree(send(HttpRequest.newBuilder(uri("/api/privacy?language=es")).GET()).body());
        assertThat(es.get("text").asText()).contains("7 días");
    }

    @Test
    void keyRotationKeepsOldSessionsErasable() throws Exception {
        chat("What are the warning signs of a stroke?", "before-rotation");
        assertThat(send(post("/api/admin/rotate-key").header("Authorization", TOKEN)).statusCode()).isEqualTo(200);
        chat("What are the warning signs of a stroke?", "before-rotation");
        JsonNode records = export("json").get("records");
        assertThat(records.get(0).get("keyId").asText()).isNotEqualTo(records.get(1).get("keyId").asText());
        send(HttpRequest.newBuilder(uri("/api/sessions/before-rotation")).header(SessionTokens.HEADER, tokens.issue("before-rotation")).DELETE());
        assertThat(export("json").get("records")).isEmpty();
    }

    private void chat(String message, String session) throws Exception {
        String body = JSON.writeValueAsString(session == null ? java.util.Map.of("message", message)
                : java.util.Map.of("message", message, "sessionId", session));
        assertThat(send(post("/api/chat").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))).statusCode()).isEqualTo(200);
    }

    private JsonNode export(String format) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/admin/audit?format=" + format))
                .header("Authorization", TOKEN).GET());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpRequest.Builder post(String path) {
        return HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
