package org.salus.assistant.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates a request carrying a known {@code X-API-Key}; an unknown key is refused outright. */
final class ApiKeyFilter extends OncePerRequestFilter {

    static final String HEADER = "X-API-Key";

    private final ApiKeys keys;

    ApiKeyFilter(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(HEADER);
        if (given == null || !keys.enabled()) {
            chain.doFilter(request, response);
            return;
        }
        var name = keys.match(given);
        if (name.isEmpty()) {
            response.setHeader("WWW-Authenticate", "ApiKey");
            ClinicRefusals.unauthorized(response);
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(new KeyAuthentication(name.get()));
        chain.doFilter(request, response);
    }

    /** An authenticated API-key caller, known by the key's name; the key itself is never kept. */
    static final class KeyAuthentication extends AbstractAuthenticationToken {

        private final String name;

        KeyAuthentication(String name) {
            super(List.of(new SimpleGrantedAuthority("ROLE_CLINIC")));
            this.name = name;
            setAuthenticated(true);
        }

        String keyName() {
            return name;
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return "key:" + name;
        }
    }
}
