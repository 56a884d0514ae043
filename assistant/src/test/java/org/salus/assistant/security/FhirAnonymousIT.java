package org.salus.assistant.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** With {@code salus.security.allow-anonymous-clinic=true} the clinic endpoints answer anonymous callers. */
@TestPropertySource(properties = "salus.security.allow-anonymous-clinic=true")
class FhirAnonymousIT extends ClinicIntegrationTest {

    @Test
    void anonymousCallersAreServedButBadCredentialsAreStillRefused() throws Exception {
        String ask = "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"question\",\"valueString\":\"What is a stroke?\"}]}";
        assertThat(post("/fhir/$ask", "application/fhir+json", ask).statusCode()).isEqualTo(200);
        assertThat(get("/cds-services").statusCode()).isEqualTo(200);
        assertThat(get("/infobutton?mainSearchCriteria.v.dn=Stroke").statusCode()).isEqualTo(200);
        assertThat(get("/cds-services", "Authorization", "Bearer not-a-jwt").statusCode()).isEqualTo(401);
        assertThat(get("/cds-services", "X-API-Key", "wrong").statusCode()).isEqualTo(401);
    }
}
