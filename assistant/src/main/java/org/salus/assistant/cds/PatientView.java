package org.salus.assistant.cds;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.salus.assistant.web.ApiException;

/** The prefetched resources of one {@code patient-view} call, parsed with HAPI; nothing is fetched from the EHR. */
record PatientView(List<Resource> resources) {

    static final String HOOK = "patient-view";

    static PatientView parse(JsonNode request, FhirContext fhir) {
        if (!HOOK.equals(request.path("hook").asText())) {
            throw bad("Unsupported hook", "This service answers the hook 'patient-view' only.");
        }
        if (request.path("hookInstance").asText().isBlank()) {
            throw bad("Missing hookInstance", "'hookInstance' is required by CDS Hooks 2.0.");
        }
        JsonNode prefetch = request.path("prefetch");
        if (!prefetch.isObject() || !prefetch.path("patient").isObject()) {
            throw bad("Prefetch required", "Send the prefetch templates 'patient', 'conditions' and 'medications' "
                    + "from the discovery document; Salus makes no calls back to the FHIR server.");
        }
        List<Resource> resources = new ArrayList<>();
        for (String key : List.of("patient", "conditions", "medications")) {
            JsonNode node = prefetch.path(key);
            if (node.isObject()) {
                add(resources, parse(fhir, key, node));
            }
        }
        return new PatientView(List.copyOf(resources));
    }

    private static IBaseResource parse(FhirContext fhir, String key, JsonNode node) {
        try {
            return fhir.newJsonParser().parseResource(node.toString());
        } catch (DataFormatException e) {
            throw bad("Invalid prefetch", "Prefetch '" + key + "' is not a valid FHIR R4 resource.");
        }
    }

    private static void add(List<Resource> resources, IBaseResource parsed) {
        if (parsed instanceof Bundle bundle) {
            bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                    .filter(r -> r != null).forEach(resources::add);
        } else if (parsed instanceof Resource resource) {
            resources.add(resource);
        }
    }

    static ApiException bad(String title, String detail) {
        return new ApiException(400, title, detail);
    }
}
