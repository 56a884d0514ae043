package org.salus.assistant.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.RestfulServer;

/** The FHIR R4 endpoint at {@code /fhir}: a CapabilityStatement and the {@code $ask} operation, nothing stored. */
final class SalusFhirServer extends RestfulServer {

    private final transient AskOperation ask;
    private final String publicBase;

    SalusFhirServer(FhirContext context, AskOperation ask, String publicBase) {
        super(context);
        this.ask = ask;
        this.publicBase = publicBase;
    }

    /** No {@code X-Powered-By}: a server does not advertise its software and version to callers. */
    @Override
    public void addHeadersToResponse(jakarta.servlet.http.HttpServletResponse response) {
    }

    @Override
    protected void initialize() {
        setDefaultResponseEncoding(EncodingEnum.JSON);
        setDefaultPrettyPrint(false);
        setImplementationDescription("Salus health-information assistant");
        setServerName("Salus");
        setServerVersion(AiTransparency.version());
        if (publicBase != null) {
            setServerAddressStrategy(new ca.uhn.fhir.rest.server.HardcodedServerAddressStrategy(publicBase + "/fhir"));
        }
        registerProvider(ask);
    }
}
