package org.salus.assistant.audit;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lets a user erase their own session's records at once; the answer is the same whether or not anything was
 * stored, so it reveals nothing about other people's sessions.
 */
@RestController
class SessionController {

    private final Retention retention;

    SessionController(Retention retention) {
        this.retention = retention;
    }

    @DeleteMapping("/api/sessions/{sessionId}")
    ResponseEntity<Void> erase(@PathVariable String sessionId) {
        retention.eraseSession(sessionId);
        return ResponseEntity.noContent().build();
    }
}
