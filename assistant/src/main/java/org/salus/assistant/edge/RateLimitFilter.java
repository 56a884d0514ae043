package org.salus.assistant.edge;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.salus.assistant.web.Problems;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives each client a token bucket (Bucket4j) for the public endpoints and a smaller one for erasing sessions; an
 * empty bucket is a 429 problem with {@code Retry-After}, answered before the request is read any further.
 */
final class RateLimitFilter extends OncePerRequestFilter {

    private static final String[] PUBLIC_PATHS = {"/api/", "/fhir/", "/fhir", "/cds-services", "/infobutton"};

    private final RateLimitProperties properties;
    private final ClientAddress clients;
    private final Map<String, Bucket> requests;
    private final Map<String, Bucket> erasures;

    RateLimitFilter(RateLimitProperties properties) {
        this.properties = properties;
        this.clients = new ClientAddress(properties.trustedProxies());
        this.requests = lru(properties.maxClients());
        this.erasures = lru(properties.maxClients());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!properties.enabled()) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (String prefix : PUBLIC_PATHS) {
            if (path.startsWith(prefix)) {
                return false;
            }
        }
        return true;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String client = clients.of(request);
        ConsumptionProbe probe = bucket(requests, client, properties.requests()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed() && isErasure(request)) {
            probe = bucket(erasures, client, properties.sessionErasures()).tryConsumeAndReturnRemaining(1);
        }
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
            response.setHeader("Retry-After", Long.toString(seconds));
            Problems.write(response, 429, "Too Many Requests",
                    "Too many requests from this client; try again in " + seconds + " seconds.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isErasure(HttpServletRequest request) {
        return "DELETE".equals(request.getMethod())
                && request.getRequestURI().substring(request.getContextPath().length()).startsWith("/api/sessions/");
    }

    private Bucket bucket(Map<String, Bucket> buckets, String client, int capacity) {
        synchronized (buckets) {
            return buckets.computeIfAbsent(client, c -> Bucket.builder()
                    .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, properties.period()))
                    .build());
        }
    }

    private static Map<String, Bucket> lru(int max) {
        return new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > max;
            }
        };
    }
}
