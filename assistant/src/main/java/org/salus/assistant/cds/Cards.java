package org.salus.assistant.cds;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The CDS Hooks 2.0 response shapes Salus writes: discovery, cards, sources and links. */
final class Cards {

    private Cards() {
    }

    record Discovery(List<Service> services) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Service(String hook, String id, String title, String description, java.util.Map<String, String> prefetch) {}

    record Response(List<Card> cards) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Card(String uuid, String summary, String detail, String indicator, Source source, List<Link> links) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Source(String label, String url, Coding topic) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Coding(String system, String code, String display) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Link(String label, String url, String type, String appContext) {}
}
