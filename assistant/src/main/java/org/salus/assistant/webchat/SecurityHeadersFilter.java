package org.salus.assistant.webchat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Adds the browser security headers the web chat relies on: a strict CSP, no referrer, no sniffing, HSTS over TLS,
 * and device features off except the microphone for the page itself when voice input is configured.
 */
final class SecurityHeadersFilter extends OncePerRequestFilter {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "manifest-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=()";

    /** The same policy with the microphone allowed to this origin, and only to it, for voice input. */
    static final String PERMISSIONS_POLICY_WITH_MICROPHONE = PERMISSIONS_POLICY.replace("microphone=()", "microphone=(self)");

    static final String HSTS = "max-age=31536000; includeSubDomains";

    private final String permissionsPolicy;

    SecurityHeadersFilter() {
        this(false);
    }

    SecurityHeadersFilter(boolean microphone) {
        this.permissionsPolicy = microphone ? PERMISSIONS_POLICY_WITH_MICROPHONE : PERMISSIONS_POLICY;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", permissionsPolicy);
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Cross-Origin-Resource-Policy", "same-origin");
        if (request.isSecure()) {
            // Only over TLS (directly, or as trusted proxies report it): browsers ignore it on plain http anyway.
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
