package org.salus.assistant.fhir;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;

/**
 * What a request's patient context may tell Salus: age, sex, preferred language and the names of conditions,
 * medicines and allergies. It lives only for the request: it is never stored, logged or put into events.
 */
public record ClinicalContext(Integer ageYears, String sex, String language, List<String> conditions,
                              List<String> medications, List<String> allergies) {

    private static final int MAX_HINT_CHARS = 400;

    public static final ClinicalContext NONE = new ClinicalContext(null, null, null, List.of(), List.of(), List.of());

    /** Reads the resources Salus uses from a context Bundle; other resources are ignored. */
    public static ClinicalContext from(Bundle bundle) {
        if (bundle == null) {
            return NONE;
        }
        List<Resource> resources = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(r -> r != null).toList();
        return of(resources);
    }

    /** Reads Patient, Condition, MedicationRequest and AllergyIntolerance resources. */
    public static ClinicalContext of(List<? extends Resource> resources) {
        Integer age = null;
        String sex = null;
        String language = null;
        List<String> conditions = new ArrayList<>();
        List<String> medications = new ArrayList<>();
        List<String> allergies = new ArrayList<>();
        for (Resource resource : resources) {
            switch (resource) {
                case Patient p -> {
                    age = ageOf(p).orElse(age);
                    sex = p.hasGender() ? p.getGender().toCode() : sex;
                    language = languageOf(p).orElse(language);
                }
                case Condition c -> name(c.getCode()).ifPresent(conditions::add);
                case MedicationRequest m -> name(m.hasMedicationCodeableConcept()
                        ? m.getMedicationCodeableConcept() : null).ifPresent(medications::add);
                case AllergyIntolerance a -> name(a.getCode()).ifPresent(allergies::add);
                default -> { }
            }
        }
        return new ClinicalContext(age, sex, language, List.copyOf(conditions), List.copyOf(medications),
                List.copyOf(allergies));
    }

    public boolean isEmpty() {
        return conditions.isEmpty() && medications.isEmpty() && allergies.isEmpty() && ageYears == null && sex == null;
    }

    /**
     * The names of the patient's conditions and medicines, added to the question so retrieval (and the safety
     * check) can use them; allergies, age and sex are left out because extra words dilute the relevance check.
     */
    public Optional<String> retrievalHint() {
        List<String> names = new ArrayList<>(conditions);
        names.addAll(medications);
        if (names.isEmpty()) {
            return Optional.empty();
        }
        String hint = "(" + String.join("; ", names.stream().distinct().toList()) + ")";
        return Optional.of(hint.length() <= MAX_HINT_CHARS ? hint : hint.substring(0, MAX_HINT_CHARS - 1) + ")");
    }

    /** The display name of a coded concept: its text, else the first coding with a display. */
    public static Optional<String> name(CodeableConcept concept) {
        if (concept == null) {
            return Optional.empty();
        }
        if (concept.hasText()) {
            return Optional.of(concept.getText().strip());
        }
        return concept.getCoding().stream().filter(Coding::hasDisplay).map(c -> c.getDisplay().strip()).findFirst();
    }

    static Optional<Integer> ageOf(Patient patient) {
        if (!patient.hasBirthDate()) {
            return Optional.empty();
        }
        LocalDate born = patient.getBirthDate().toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        return Optional.of(Period.between(born, LocalDate.now(ZoneOffset.UTC)).getYears());
    }

    static Optional<String> languageOf(Patient patient) {
        return patient.getCommunication().stream()
                .sorted((a, b) -> Boolean.compare(b.getPreferred(), a.getPreferred()))
                .flatMap(c -> c.getLanguage().getCoding().stream())
                .map(Coding::getCode).filter(code -> code != null && code.length() >= 2)
                .map(code -> code.substring(0, 2).toLowerCase(java.util.Locale.ROOT))
                .findFirst();
    }
}
