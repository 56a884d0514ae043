package org.salus.assistant.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;

/** The operator's API keys (environment {@code SALUS_API_KEYS}, comma-separated), compared in constant time. */
record ApiKeys(List<byte[]> keys) {

    static ApiKeys parse(String commaSeparated) {
        if (commaSeparated == null) {
            return new ApiKeys(List.of());
        }
        return new ApiKeys(Arrays.stream(commaSeparated.split(","))
                .map(String::strip).filter(k -> !k.isEmpty())
                .map(k -> k.getBytes(StandardCharsets.UTF_8)).toList());
    }

    boolean enabled() {
        return !keys.isEmpty();
    }

    boolean accepts(String candidate) {
        if (candidate == null || candidate.isEmpty()) {
            return false;
        }
        byte[] given = candidate.getBytes(StandardCharsets.UTF_8);
        boolean match = false;
        for (byte[] key : keys) {
            match |= MessageDigest.isEqual(key, given);
        }
        return match;
    }
}
