package org.salus.assistant.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.RestfulServer;

/** The FHIR R4 endpoint at {@code /fhir}: a CapabilityStatement and the {@code $ask} operation, nothing stored. */
final class SalusFhirServer extends RestfulServer {

    private final transient AskOperation ask;

    SalusFhirServer(FhirContext context, AskOperation ask) {
        super(context);
        this.ask = ask;
    }

    @Override
    protected void initialize() {
        setDefaultResponseEncoding(EncodingEnum.JSON);
        setDefaultPrettyPrint(false);
        setImplementationDescription("Salus health-information assistant");
        setServerName("Salus");
        setServerVersion(AiTransparency.version());
        registerProvider(ask);
    }
}
