package org.salus.assistant.fhir;

import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Resource;

/** HL7's AI Transparency label: resources written by an AI carry the security code {@code AIAST}. */
public final class AiTransparency {

    public static final String SYSTEM = "http://terminology.hl7.org/CodeSystem/v3-ObservationValue";
    public static final String CODE = "AIAST";

    private AiTransparency() {
    }

    /** Labels {@code resource} as asserted by an AI. */
    public static <T extends Resource> T label(T resource) {
        resource.getMeta().addSecurity(new Coding(SYSTEM, CODE, "Artificial Intelligence asserted"));
        return resource;
    }

    /** The running Salus version, from the jar manifest; {@code development} when run from classes. */
    public static String version() {
        String version = AiTransparency.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
