package org.salus.assistant.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.salus.assistant.web.Problems;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The clinic endpoints' 401 and 403 as problem details like the rest of the edge: Spring Security's bearer-token
 * handlers set the status and the {@code WWW-Authenticate} challenge, and a body that never quotes the token follows.
 */
final class ClinicRefusals implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
    private final BearerTokenAccessDeniedHandler denied = new BearerTokenAccessDeniedHandler();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException {
        challenge.commence(request, response, refused);
        unauthorized(response);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
            throws IOException {
        denied.handle(request, response, refused);
        Problems.write(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
                "The credentials given do not allow this request.");
    }

    /** The 401 body; the caller has set {@code WWW-Authenticate}. */
    static void unauthorized(HttpServletResponse response) throws IOException {
        Problems.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                "This endpoint needs a valid OAuth2 bearer token or API key (docs/INTEGRATION.md).");
    }
}
