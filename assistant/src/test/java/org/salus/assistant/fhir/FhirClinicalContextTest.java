package org.salus.assistant.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

/** What a FHIR context tells Salus about the patient, and the retrieval hint built from it. */
class FhirClinicalContextTest {

    @Test
    void readsAgeSexLanguageAndProblemNames() {
        Patient patient = new Patient().setGender(Enumerations.AdministrativeGender.FEMALE)
                .setBirthDate(Date.from(LocalDate.now(ZoneOffset.UTC).minusYears(47).minusDays(3)
                        .atStartOfDay(ZoneOffset.UTC).toInstant()));
        patient.addCommunication().setPreferred(false).setLanguage(new CodeableConcept(new Coding("urn:ietf:bcp:47", "en", null)));
        patient.addCommunication().setPreferred(true).setLanguage(new CodeableConcept(new Coding("urn:ietf:bcp:47", "es-MX", null)));
        ClinicalContext context = ClinicalContext.of(List.of(patient,
                new Condition().setCode(new CodeableConcept(new Coding("http://snomed.info/sct", "230690007", "Stroke"))),
                new MedicationRequest().setMedication(new CodeableConcept().setText("Aspirin")),
                new AllergyIntolerance().setCode(new CodeableConcept().setText("Penicillin")),
                new Observation().setCode(new CodeableConcept().setText("Ignored"))));
        assertThat(context.ageYears()).isEqualTo(47);
        assertThat(context.sex()).isEqualTo("female");
        assertThat(context.language()).isEqualTo("es");
        assertThat(context.conditions()).containsExactly("Stroke");
        assertThat(context.medications()).containsExactly("Aspirin");
        assertThat(context.allergies()).containsExactly("Penicillin");
        assertThat(context.retrievalHint()).contains("(Stroke; Aspirin)");
    }

    @Test
    void noContextGivesNoHint() {
        assertThat(ClinicalContext.from(null).retrievalHint()).isEmpty();
        assertThat(ClinicalContext.of(List.of(new Patient())).isEmpty()).isTrue();
    }

    @Test
    void longHintsAreCut() {
        List<Condition> many = java.util.stream.IntStream.range(0, 100)
                .mapToObj(i -> new Condition().setCode(new CodeableConcept().setText("Condition number " + i))).toList();
        assertThat(ClinicalContext.of(many).retrievalHint().orElseThrow()).hasSizeLessThanOrEqualTo(400).endsWith(")");
    }
}
