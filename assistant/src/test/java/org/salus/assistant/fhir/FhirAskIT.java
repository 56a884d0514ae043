package org.salus.assistant.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.salus.assistant.security.ClinicIntegrationTest;
import org.salus.assistant.security.TestAuthority;

/** {@code /fhir} through HAPI's generic client: capabilities, {@code $ask} with and without context, bad input. */
class FhirAskIT extends ClinicIntegrationTest {

    private final FhirContext fhir = FhirContext.forR4Cached();
    private IGenericClient client;

    @BeforeEach
    void client() {
        fhir.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
        client = fhir.newRestfulGenericClient(url("/fhir"));
        client.registerInterceptor(new BearerTokenAuthInterceptor(TestAuthority.get().token(TestAuthority.AUDIENCE)));
    }

    @Test
    void capabilityStatementListsAskOperationWithoutAuthentication() {
        IGenericClient anonymous = fhir.newRestfulGenericClient(url("/fhir"));
        CapabilityStatement capabilities = anonymous.capabilities().ofType(CapabilityStatement.class).execute();
        assertThat(capabilities.getFhirVersion()).isEqualTo(Enumerations.FHIRVersion._4_0_1);
        assertThat(capabilities.getRest().getFirst().getOperation())
                .extracting(CapabilityStatement.CapabilityStatementRestResourceOperationComponent::getName)
                .contains("ask");
    }

    @Test
    void answersStrokeQuestionWithCitationsLabelledAndProvenance() {
        Parameters out = ask(question("What are the warning signs of a stroke?"));
        assertThat(out.getParameter("answer").getValue().primitiveValue()).contains("weakness");
        assertThat(out.getMeta().getSecurity()).anySatisfy(c -> {
            assertThat(c.getSystem()).isEqualTo(AiTransparency.SYSTEM);
            assertThat(c.getCode()).isEqualTo("AIAST");
        });
        List<DocumentReference> citations = citations(out);
        assertThat(citations).isNotEmpty();
        assertThat(citations.getFirst().getContentFirstRep().getAttachment().getUrl()).isEqualTo("https://example.org/stroke");
        assertThat(citations.getFirst().getIdentifierFirstRep().getValue()).isEqualTo("tiny-stroke");
        assertThat(out.getParameter("safety").getPart()).anySatisfy(p -> assertThat(p.getName()).isEqualTo("action"));
        Provenance provenance = (Provenance) out.getParameter("provenance").getResource();
        assertThat(provenance.getAgentFirstRep().getWho().getDisplay()).startsWith("Salus ").contains("composer extractive");
        assertThat(provenance.getEntity()).extracting(e -> e.getWhat().getReference()).contains("https://example.org/stroke");
        assertThat(provenance.getTargetFirstRep().getReference()).isEqualTo("urn:uuid:" + out.getIdPart());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Stroke, tiny-stroke", "Heart attack, tiny-heart-attack"})
    void usesContextConditionsToPickContent(String condition, String expectedDoc) {
        Parameters in = question("What are the warning signs and symptoms?");
        in.addParameter().setName("context").setResource(contextBundle(condition));
        Parameters out = ask(in);
        assertThat(citations(out)).isNotEmpty()
                .allSatisfy(d -> assertThat(d.getIdentifierFirstRep().getValue()).isEqualTo(expectedDoc));
        assertThat(out.getParameter("answer").getValue().primitiveValue()).doesNotContain("Penicillin");
    }

    @Test
    void answersInSpanishWhenAsked() {
        Parameters in = question("¿Cuáles son las señales de un ictus?");
        in.addParameter().setName("language").setValue(new CodeType("es"));
        assertThat(citations(ask(in))).extracting(d -> d.getIdentifierFirstRep().getValue()).contains("tiny-ictus-es");
    }

    @Test
    void escalatesEmergencyQuestion() {
        Parameters out = ask(question("I have crushing chest pain spreading to my left arm and I am sweating"));
        assertThat(out.getParameter("safety").getPart()).anySatisfy(p -> {
            assertThat(p.getName()).isEqualTo("action");
            assertThat(p.getValue().primitiveValue()).isEqualTo("escalate");
        });
    }

    @Test
    void missingQuestionIsBadRequestWithOperationOutcome() {
        Parameters in = new Parameters();
        in.addParameter().setName("language").setValue(new CodeType("en"));
        assertThatThrownBy(() -> ask(in)).isInstanceOfSatisfying(InvalidRequestException.class, e -> {
            OperationOutcome outcome = (OperationOutcome) e.getOperationOutcome();
            assertThat(outcome.getIssueFirstRep().getDiagnostics()).contains("question");
        });
    }

    @Test
    void unsupportedLanguageIsBadRequestWithOperationOutcome() {
        Parameters in = question("What is a stroke?");
        in.addParameter().setName("language").setValue(new CodeType("fr"));
        assertThatThrownBy(() -> ask(in)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(((OperationOutcome) e.getOperationOutcome()).getIssueFirstRep().getDiagnostics())
                        .contains("language"));
    }

    @Test
    void wronglyTypedQuestionIsBadRequest() {
        Parameters in = new Parameters();
        in.addParameter().setName("question").setValue(new IntegerType(42));
        assertThatThrownBy(() -> ask(in)).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void malformedBodiesGet4xxOperationOutcomeNever5xx() throws Exception {
        String bearer = "Bearer " + TestAuthority.get().token(TestAuthority.AUDIENCE);
        for (String body : List.of("{not json", "{\"resourceType\":\"Patient\"}", "{\"resourceType\":\"Parameters\","
                + "\"parameter\":[{\"name\":\"question\",\"valueString\":\"\"}]}", "",
                "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"question\",\"valueString\":\"Stroke?\"},"
                        + "{\"name\":\"context\",\"resource\":{\"resourceType\":\"Patient\"}}]}",
                "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"question\",\"valueString\":\"Stroke?\"},"
                        + "{\"name\":\"mode\",\"valueCode\":\"turbo\"}]}",
                "{\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"question\",\"valueString\":\""
                        + "x".repeat(5000) + "\"}]}")) {
            var response = post("/fhir/$ask", "application/fhir+json", body, "Authorization", bearer);
            assertThat(response.statusCode()).as(body.substring(0, Math.min(80, body.length()))).isBetween(400, 499);
            assertThat(response.body()).contains("OperationOutcome");
        }
    }

    private Parameters ask(Parameters in) {
        return client.operation().onServer().named("$ask").withParameters(in).execute();
    }

    static Parameters question(String text) {
        Parameters in = new Parameters();
        in.addParameter().setName("question").setValue(new StringType(text));
        return in;
    }

    static List<DocumentReference> citations(Parameters out) {
        return out.getParameter().stream().filter(p -> p.getName().equals("citation"))
                .map(p -> (DocumentReference) p.getResource()).toList();
    }

    static Bundle contextBundle(String condition) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
        bundle.addEntry().setResource(new Patient().setGender(Enumerations.AdministrativeGender.MALE)
                .setBirthDate(new Date(System.currentTimeMillis() - 70L * 365 * 24 * 3600 * 1000)));
        bundle.addEntry().setResource(new Condition().setCode(new CodeableConcept().setText(condition)));
        bundle.addEntry().setResource(new AllergyIntolerance().setCode(new CodeableConcept().setText("Penicillin")));
        return bundle;
    }
}
