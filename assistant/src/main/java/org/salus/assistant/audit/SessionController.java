package org.salus.assistant.audit;

import org.salus.assistant.privacy.SessionTokens;
import org.salus.assistant.web.ApiException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lets a user erase their own session's records at once, given the session's token (handed out with every chat
 * reply for it); the answer is the same whether or not anything was stored, so it reveals nothing about other
 * people's sessions. The rate limit gives erasure a budget of its own.
 */
@RestController
class SessionController {

    private final Retention retention;
    private final SessionTokens tokens;

    SessionController(Retention retention, SessionTokens tokens) {
        this.retention = retention;
        this.tokens = tokens;
    }

    @DeleteMapping("/api/sessions/{sessionId}")
    ResponseEntity<Void> erase(@PathVariable String sessionId,
                               @RequestHeader(name = SessionTokens.HEADER, required = false) String token) {
        if (!SessionTokens.wellFormed(sessionId)) {
            throw new ApiException(400, "Bad session id", "A session id has 1 to 200 characters and no control characters.");
        }
        if (token == null || token.isBlank()) {
            throw new ApiException(401, "Session token required",
                    "Send the session's token (the " + SessionTokens.HEADER + " header of its chat replies) in " + SessionTokens.HEADER + ".");
        }
        if (!tokens.matches(sessionId, token.strip())) {
            throw new ApiException(403, "Wrong session token", "The token does not belong to this session.");
        }
        retention.eraseSession(sessionId);
        return ResponseEntity.noContent().build();
    }
}
