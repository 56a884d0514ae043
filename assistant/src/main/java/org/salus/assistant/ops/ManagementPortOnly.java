package org.salus.assistant.ops;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps Actuator off the public port: only {@code /livez} and {@code /readyz} are served there. The filter lives in the
 * main web context only, so the separate management port ({@code management.server.port}) serves every endpoint, and
 * with no management port configured nothing but the probes is exposed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ManagementPortOnly extends OncePerRequestFilter {

    static final String BASE_PATH = "/actuator";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.equals(BASE_PATH) || path.startsWith(BASE_PATH + "/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
