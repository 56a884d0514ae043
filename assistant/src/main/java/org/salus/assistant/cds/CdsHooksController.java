package org.salus.assistant.cds;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.salus.assistant.web.PublicUrls;

/** CDS Hooks 2.0: discovery, the {@code patient-education} service for {@code patient-view}, and its feedback. */
@RestController
class CdsHooksController {

    static final String SERVICE_ID = "patient-education";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FhirContext fhir;
    private final EducationCards cards;
    private final PublicUrls urls;

    CdsHooksController(FhirContext fhir, EducationCards cards, PublicUrls urls) {
        this.fhir = fhir;
        this.cards = cards;
        this.urls = urls;
    }

    @GetMapping(path = "/cds-services", produces = MediaType.APPLICATION_JSON_VALUE)
    Cards.Discovery discovery() {
        return new Cards.Discovery(List.of(new Cards.Service(PatientView.HOOK, SERVICE_ID,
                "Salus patient education",
                "Offers vetted patient-education topics for the patient's active conditions and medicines, "
                        + "each with a SMART link that opens the Salus chat in the patient's context.",
                Map.of("patient", "Patient/{{context.patientId}}",
                        "conditions", "Condition?patient={{context.patientId}}",
                        "medications", "MedicationRequest?patient={{context.patientId}}&status=active"))));
    }

    @PostMapping(path = "/cds-services/" + SERVICE_ID, produces = MediaType.APPLICATION_JSON_VALUE)
    Cards.Response patientView(@RequestBody String body) {
        PatientView view = PatientView.parse(read(body), fhir);
        String launch = urls.to("/launch");
        return new Cards.Response(cards.cards(view, launch));
    }

    @PostMapping(path = "/cds-services/" + SERVICE_ID + "/feedback")
    Map<String, Object> feedback(@RequestBody String body) {
        JsonNode feedback = read(body).path("feedback");
        if (!feedback.isArray() || feedback.isEmpty()) {
            throw PatientView.bad("Missing feedback", "The body needs a non-empty 'feedback' array.");
        }
        return Map.of();
    }

    private static JsonNode read(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || !node.isObject()) {
                throw PatientView.bad("Invalid request", "The body must be a JSON object.");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw PatientView.bad("Invalid JSON", "The body is not valid JSON.");
        }
    }
}
