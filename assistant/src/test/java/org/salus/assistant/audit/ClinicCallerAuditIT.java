package org.salus.assistant.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.salus.assistant.security.ClinicIntegrationTest;
import org.salus.assistant.security.TestAuthority;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A clinic call is audited under its caller's name (an API key's name, never the key; a token's client), and
 * {@code $ask}'s patient context helps the answer but never reaches a stored transcript.
 */
class ClinicCallerAuditIT extends ClinicIntegrationTest {

    private static final String KIDNEY = "Chronic kidney disease stage 3";
    private static final String WARFARIN = "Warfarin 5 mg tablet";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditWriter writer;

    private static String ask(String question) {
        return """
                {"resourceType":"Parameters","parameter":[
                  {"name":"question","valueString":"%s"},
                  {"name":"context","resource":{"resourceType":"Bundle","type":"collection","entry":[
                    {"resource":{"resourceType":"Condition","code":{"text":"%s"}}},
                    {"resource":{"resourceType":"MedicationRequest","status":"active","intent":"order",
                      "subject":{"reference":"Patient/x"},"medicationCodeableConcept":{"text":"%s"}}}]}}]}"""
                .formatted(question, KIDNEY, WARFARIN);
    }

    @Test
    void recordsTheKeyNameAndTheTokenClientButNeitherKeyNorContext() throws Exception {
        String byKey = "What are the warning signs of a stroke? (by key)";
        String byToken = "What are the warning signs of a stroke? (by token)";
        assertThat(post("/fhir/$ask", "application/fhir+json", ask(byKey), "X-API-Key", API_KEY).statusCode())
                .isEqualTo(200);
        assertThat(post("/fhir/$ask", "application/fhir+json", ask(byToken), "Authorization",
                "Bearer " + TestAuthority.get().token(TestAuthority.AUDIENCE)).statusCode()).isEqualTo(200);
        writer.afterPending(log -> null, Duration.ofSeconds(10));

        List<String> callers = jdbc.queryForList("SELECT caller FROM audit_turn WHERE channel = 'fhir'", String.class);
        assertThat(callers).contains("key:ehr-prod", "client:ehr-test");
        String everything = jdbc.queryForList("SELECT * FROM audit_turn").toString();
        assertThat(everything).doesNotContain(API_KEY);

        List<Map<String, Object>> transcripts = jdbc.queryForList("SELECT message, answer FROM transcript");
        assertThat(transcripts).extracting(t -> t.get("message").toString()).anyMatch(m -> m.contains("(by key)"))
                .anyMatch(m -> m.contains("(by token)"));
        assertThat(transcripts.toString()).doesNotContain("kidney").doesNotContain("Kidney").doesNotContain("Warfarin");
    }
}
