package org.salus.guardrails.data;

import java.util.Map;

/** Localised reply texts by language and key, with {@code {placeholders}} filled from the region. */
public record Texts(Map<String, Map<String, String>> byLanguage) {

    public String get(String language, String key) {
        Map<String, String> texts = byLanguage.getOrDefault(language, byLanguage.get("en"));
        String value = texts.get(key);
        if (value == null) {
            value = byLanguage.get("en").get(key);
        }
        if (value == null) {
            throw new IllegalStateException("missing text key " + key);
        }
        return value.strip();
    }

    public String format(String language, String key, Region region) {
        return get(language, key)
                .replace("{emergency}", region.emergency())
                .replace("{urgentCare}", region.urgentCare(language))
                .replace("{crisisLines}", region.crisisLines(language));
    }
}
