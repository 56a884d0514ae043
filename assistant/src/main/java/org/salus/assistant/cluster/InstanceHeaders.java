package org.salus.assistant.cluster;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.salus.kb.index.CollectionStore;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Names, on every response, the instance that answered ({@code X-Salus-Instance}: host and port, or
 * {@code salus.cluster.instance-id}) and the index generation it serves ({@code X-Salus-Generation}), so an operator
 * behind a load balancer can tell which replica said what and whether every replica has moved to a new generation;
 * event streams also say {@code X-Accel-Buffering: no}, so nginx-style proxies pass each event on at once.
 */
final class InstanceHeaders extends OncePerRequestFilter {

    static final String INSTANCE = "X-Salus-Instance";
    static final String GENERATION = "X-Salus-Generation";
    private static final long RECHECK_NANOS = 500_000_000L;

    private final CollectionStore store;
    private final String collection;
    private final String configuredId;
    private volatile String generation = "";
    private volatile long checked;

    InstanceHeaders(CollectionStore store, String collection, String configuredId) {
        this.store = store;
        this.collection = collection;
        this.configuredId = configuredId;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(INSTANCE, configuredId != null && !configuredId.isBlank() ? configuredId
                : host() + ":" + request.getLocalPort());
        String served = generation();
        if (!served.isEmpty()) {
            response.setHeader(GENERATION, served);
        }
        String accept = request.getHeader("Accept");
        if (request.getRequestURI().endsWith("/stream") || (accept != null && accept.contains("text/event-stream"))) {
            response.setHeader("X-Accel-Buffering", "no");
        }
        chain.doFilter(request, response);
    }

    private String generation() {
        long now = System.nanoTime();
        if (now - checked > RECHECK_NANOS) {
            generation = store.current(collection).map(p -> p.getFileName().toString()).orElse("");
            checked = now;
        }
        return generation;
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
