package org.salus.assistant.infobutton;

import java.util.Arrays;
import java.util.Optional;

/** The code systems clinics send, named as the corpus writes them, by HL7 OID and by FHIR system URI. */
public enum CodeSystem {
    ICD_10_CM("ICD-10-CM", "2.16.840.1.113883.6.90", "http://hl7.org/fhir/sid/icd-10-cm"),
    SNOMED_CT("SNOMED-CT", "2.16.840.1.113883.6.96", "http://snomed.info/sct"),
    RXNORM("RXNORM", "2.16.840.1.113883.6.88", "http://www.nlm.nih.gov/research/umls/rxnorm"),
    LOINC("LOINC", "2.16.840.1.113883.6.1", "http://loinc.org");

    private final String corpusName;
    private final String oid;
    private final String uri;

    CodeSystem(String corpusName, String oid, String uri) {
        this.corpusName = corpusName;
        this.oid = oid;
        this.uri = uri;
    }

    public String corpusName() {
        return corpusName;
    }

    public String oid() {
        return oid;
    }

    public String uri() {
        return uri;
    }

    public static Optional<CodeSystem> byOid(String oid) {
        return Arrays.stream(values()).filter(s -> s.oid.equals(oid == null ? null : oid.strip())).findFirst();
    }

    public static Optional<CodeSystem> byUri(String uri) {
        return Arrays.stream(values()).filter(s -> s.uri.equals(uri)).findFirst();
    }
}
