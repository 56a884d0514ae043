package org.salus.assistant.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.salus.assistant.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.DefaultCorsProcessor;

/** A cross-origin request from an origin the clinic endpoints do not allow is a 403 problem, not Spring's plain text. */
final class ProblemCorsProcessor extends DefaultCorsProcessor {

    @Override
    protected void rejectRequest(ServerHttpResponse response) throws IOException {
        response.setStatusCode(HttpStatus.FORBIDDEN);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getBody().write(Problems.json(403, "Forbidden",
                "This origin may not call the clinic endpoints (salus.security.cors.allowed-origins).", null)
                .getBytes(StandardCharsets.UTF_8));
        response.flush();
    }
}
