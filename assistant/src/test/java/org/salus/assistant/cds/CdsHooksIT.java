package org.salus.assistant.cds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.salus.assistant.security.ClinicIntegrationTest;

/** CDS Hooks 2.0 over HTTP with requests shaped like the specification's patient-view example. */
class CdsHooksIT extends ClinicIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String PATIENT = """
            {"resourceType":"Patient","id":"1288992","gender":"male","birthDate":"1955-08-02",
             "communication":[{"language":{"coding":[{"system":"urn:ietf:bcp:47","code":"en"}]},"preferred":true}]}""";

    private static final String CONDITIONS = """
            {"resourceType":"Bundle","type":"searchset","entry":[
              {"resource":{"resourceType":"Condition","id":"c1","clinicalStatus":{"coding":[
                 {"system":"http://terminology.hl7.org/CodeSystem/condition-clinical","code":"active"}]},
               "code":{"coding":[{"system":"http://hl7.org/fhir/sid/icd-10-cm","code":"I63.9",
                 "display":"Cerebral infarction, unspecified"}]},"subject":{"reference":"Patient/1288992"}}},
              {"resource":{"resourceType":"Condition","id":"c2","code":{"text":"Heart attack"},
               "subject":{"reference":"Patient/1288992"}}},
              {"resource":{"resourceType":"Condition","id":"c3","clinicalStatus":{"coding":[
                 {"system":"http://terminology.hl7.org/CodeSystem/condition-clinical","code":"resolved"}]},
               "code":{"text":"Blood glucose test"},"subject":{"reference":"Patient/1288992"}}},
              {"resource":{"resourceType":"Condition","id":"c4","code":{"text":"Ingrown toenail"},
               "subject":{"reference":"Patient/1288992"}}}]}""";

    private static final String MEDICATIONS = """
            {"resourceType":"Bundle","type":"searchset","entry":[
              {"resource":{"resourceType":"MedicationRequest","id":"m1","status":"active","intent":"order",
               "medicationCodeableConcept":{"coding":[{"system":"http://www.nlm.nih.gov/research/umls/rxnorm",
                 "code":"1191","display":"Aspirin"}]},"subject":{"reference":"Patient/1288992"}}}]}""";

    static String request(String prefetch) {
        return """
                {"hookInstance":"d1577c69-dfbe-44ad-ba6d-3e05e953b2ea","fhirServer":"https://ehr.example.org/fhir",
                 "hook":"patient-view","context":{"userId":"Practitioner/example","patientId":"1288992"}%s}"""
                .formatted(prefetch == null ? "" : ",\"prefetch\":" + prefetch);
    }

    @Test
    void discoveryListsPatientEducationForPatientView() throws Exception {
        JsonNode services = json(get("/cds-services", "X-API-Key", API_KEY), 200).get("services");
        assertThat(services).hasSize(1);
        assertThat(services.get(0).get("id").asText()).isEqualTo("patient-education");
        assertThat(services.get(0).get("hook").asText()).isEqualTo("patient-view");
        assertThat(services.get(0).get("prefetch").get("patient").asText()).isEqualTo("Patient/{{context.patientId}}");
    }

    @Test
    void patientViewWithPrefetchGetsInfoCardsWithSourceAndSmartLink() throws Exception {
        String prefetch = "{\"patient\":" + PATIENT + ",\"conditions\":" + CONDITIONS + ",\"medications\":" + MEDICATIONS + "}";
        JsonNode cards = json(post("/cds-services/patient-education", "application/json", request(prefetch),
                "X-API-Key", API_KEY), 200).get("cards");
        assertThat(cards.findValuesAsText("url")).contains("https://example.org/stroke",
                "https://example.org/heart-attack", "https://example.org/aspirin");
        assertThat(cards.findValuesAsText("url")).doesNotContain("https://example.org/glucose-test");
        assertThat(cards).hasSize(3);
        for (JsonNode card : cards) {
            assertThat(card.get("indicator").asText()).isEqualTo("info");
            assertThat(card.get("summary").asText()).startsWith("Patient education: ").hasSizeLessThanOrEqualTo(140);
            assertThat(card.get("source").get("label").asText()).isNotBlank();
            JsonNode link = card.get("links").get(0);
            assertThat(link.get("type").asText()).isEqualTo("smart");
            assertThat(link.get("url").asText()).isEqualTo(url("/launch"));
            assertThat(link.get("appContext").asText()).startsWith("topic=");
        }
        JsonNode stroke = cards.get(0);
        assertThat(stroke.get("source").get("topic").get("code").asText()).isEqualTo("I63.9");
        assertThat(stroke.get("detail").asText()).contains("Demo content");
    }

    @Test
    void spanishPatientGetsSpanishTopic() throws Exception {
        String spanish = PATIENT.replace("\"code\":\"en\"", "\"code\":\"es\"");
        JsonNode cards = json(post("/cds-services/patient-education", "application/json",
                request("{\"patient\":" + spanish + ",\"conditions\":" + CONDITIONS + "}"), "X-API-Key", API_KEY), 200)
                .get("cards");
        assertThat(cards.get(0).get("source").get("url").asText()).isEqualTo("https://example.org/es/ictus");
        assertThat(cards.get(0).get("summary").asText()).startsWith("Educación para el paciente");
    }

    @Test
    void requestWithoutPrefetchIsAClearErrorAndFetchesNothing() throws Exception {
        var response = post("/cds-services/patient-education", "application/json", request(null), "X-API-Key", API_KEY);
        JsonNode problem = json(response, 400);
        assertThat(problem.get("title").asText()).isEqualTo("Prefetch required");
        assertThat(problem.get("detail").asText()).contains("no calls back");
    }

    @Test
    void invalidPrefetchOrHookIsBadRequest() throws Exception {
        json(post("/cds-services/patient-education", "application/json",
                request("{\"patient\":{\"resourceType\":\"Nonsense\"}}"), "X-API-Key", API_KEY), 400);
        json(post("/cds-services/patient-education", "application/json",
                request("{\"patient\":" + PATIENT + "}").replace("patient-view", "order-sign"), "X-API-Key", API_KEY), 400);
        json(post("/cds-services/patient-education", "application/json", "[1,2", "X-API-Key", API_KEY), 400);
    }

    @Test
    void acceptsFeedback() throws Exception {
        String feedback = """
                {"feedback":[{"card":"9368d37b-283f-44a0-93ea-547cebab93ed","outcome":"accepted",
                 "acceptedSuggestions":[],"outcomeTimestamp":"2026-11-23T10:20:30Z"}]}""";
        assertThat(post("/cds-services/patient-education/feedback", "application/json", feedback, "X-API-Key", API_KEY)
                .statusCode()).isEqualTo(200);
        assertThat(post("/cds-services/patient-education/feedback", "application/json", "{}", "X-API-Key", API_KEY)
                .statusCode()).isEqualTo(400);
    }

    private static JsonNode json(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }
}
