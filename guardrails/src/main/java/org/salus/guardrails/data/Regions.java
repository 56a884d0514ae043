package org.salus.guardrails.data;

import java.util.Locale;
import java.util.Map;

/** Regions by ISO code with a fallback for codes the data file does not list. */
public record Regions(Map<String, Region> byCode, String fallbackCode) {

    public Region resolve(String code, String defaultCode) {
        Region region = code == null ? null : byCode.get(code.toUpperCase(Locale.ROOT));
        if (region == null) {
            region = byCode.get(defaultCode.toUpperCase(Locale.ROOT));
        }
        return region != null ? region : byCode.get(fallbackCode);
    }
}
