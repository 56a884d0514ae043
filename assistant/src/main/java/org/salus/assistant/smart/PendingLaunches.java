package org.salus.assistant.smart;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.salus.assistant.web.ApiException;
import org.springframework.stereotype.Component;

/**
 * Launches waiting for the EHR's redirect back, by {@code state}: held in memory for a few minutes only, taken
 * once, and holding no patient data (just where to exchange the code and the PKCE verifier).
 */
@Component
class PendingLaunches {

    static final Duration TTL = Duration.ofMinutes(5);
    private static final int MAX_PENDING = 10_000;

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    void put(String state, Pending launch) {
        Instant now = Instant.now();
        pending.values().removeIf(p -> p.expires().isBefore(now));
        if (pending.size() >= MAX_PENDING) {
            throw new ApiException(503, "Too many launches", "Too many launches are in progress; try again in a few minutes.");
        }
        pending.put(state, launch);
    }

    Optional<Pending> take(String state) {
        Pending p = state == null ? null : pending.remove(state);
        return p == null || p.expires().isBefore(Instant.now()) ? Optional.empty() : Optional.of(p);
    }

    /** One launch in progress. */
    record Pending(String iss, String tokenEndpoint, String verifier, String redirectUri, Instant expires) {

        static Pending of(String iss, String tokenEndpoint, String verifier, String redirectUri) {
            return new Pending(iss, tokenEndpoint, verifier, redirectUri, Instant.now().plus(TTL));
        }
    }
}
