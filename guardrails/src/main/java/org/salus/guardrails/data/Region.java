package org.salus.guardrails.data;

import java.util.Map;

/** One region's emergency number, urgent-care route and crisis lines by language. */
public record Region(String code, String emergency, Map<String, String> urgentCare, Map<String, String> crisis) {

    public String crisisLines(String language) {
        return crisis.getOrDefault(language, crisis.getOrDefault("en", ""));
    }

    public String urgentCare(String language) {
        return urgentCare.getOrDefault(language, urgentCare.getOrDefault("en", ""));
    }
}
