package org.salus.assistant.cds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.salus.assistant.web.ApiException;

/** Reading a patient-view request's prefetch with HAPI, and refusing what the service cannot use. */
class CdsPatientViewTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FhirContext FHIR = FhirContext.forR4Cached();

    private static PatientView parse(String json) throws Exception {
        return PatientView.parse(JSON.readTree(json), FHIR);
    }

    @Test
    void readsPatientAndBundledConditions() throws Exception {
        PatientView view = parse("""
                {"hook":"patient-view","hookInstance":"h1","prefetch":{
                  "patient":{"resourceType":"Patient","id":"1"},
                  "conditions":{"resourceType":"Bundle","type":"searchset","entry":[
                    {"resource":{"resourceType":"Condition","code":{"text":"Stroke"}}}]},
                  "medications":null}}""");
        assertThat(view.resources()).hasSize(2);
        assertThat(view.resources().get(0)).isInstanceOf(Patient.class);
        assertThat(view.resources().get(1)).isInstanceOf(Condition.class);
    }

    @Test
    void refusesOtherHooksMissingPrefetchAndBadResources() {
        assertThatThrownBy(() -> parse("{\"hook\":\"order-sign\",\"hookInstance\":\"h\"}"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.title()).isEqualTo("Unsupported hook"));
        assertThatThrownBy(() -> parse("{\"hook\":\"patient-view\"}"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.title()).isEqualTo("Missing hookInstance"));
        assertThatThrownBy(() -> parse("{\"hook\":\"patient-view\",\"hookInstance\":\"h\"}"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.title()).isEqualTo("Prefetch required"));
        assertThatThrownBy(() -> parse("{\"hook\":\"patient-view\",\"hookInstance\":\"h\",\"prefetch\":{\"patient\":"
                + "{\"resourceType\":\"Patient\",\"birthDate\":\"not-a-date\"}}}"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.title()).isEqualTo("Invalid prefetch"));
    }
}
