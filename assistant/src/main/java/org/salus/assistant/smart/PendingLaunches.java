package org.salus.assistant.smart;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.salus.assistant.web.ApiException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Launches waiting for the EHR's redirect back, by {@code state}: kept in the database for a few minutes only, so the
 * callback may land on any instance of a cluster, taken once (the row is deleted by whoever takes it), and holding no
 * patient data (just where to exchange the code and the PKCE verifier).
 */
@Component
class PendingLaunches {

    static final Duration TTL = Duration.ofMinutes(5);
    private static final int MAX_PENDING = 10_000;

    private final JdbcTemplate jdbc;

    PendingLaunches(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void put(String state, Pending launch) {
        OffsetDateTime now = utc(Instant.now());
        jdbc.update("DELETE FROM smart_launch WHERE expires < ?", now);
        Integer waiting = jdbc.queryForObject("SELECT COUNT(*) FROM smart_launch", Integer.class);
        if (waiting != null && waiting >= MAX_PENDING) {
            throw new ApiException(503, "Too many launches", "Too many launches are in progress; try again in a few minutes.");
        }
        jdbc.update("INSERT INTO smart_launch (state, iss, token_endpoint, verifier, redirect_uri, expires) VALUES (?, ?, ?, ?, ?, ?)",
                state, launch.iss(), launch.tokenEndpoint(), launch.verifier(), launch.redirectUri(), utc(launch.expires()));
    }

    Optional<Pending> take(String state) {
        if (state == null || state.length() > 128) {
            return Optional.empty();
        }
        List<Pending> found = jdbc.query("SELECT * FROM smart_launch WHERE state = ?", (rs, n) -> new Pending(rs.getString("iss"),
                rs.getString("token_endpoint"), rs.getString("verifier"), rs.getString("redirect_uri"),
                rs.getObject("expires", OffsetDateTime.class).toInstant()), state);
        // Only the request whose delete removed the row may use it: a replay, here or on another instance, finds none.
        if (found.isEmpty() || jdbc.update("DELETE FROM smart_launch WHERE state = ?", state) != 1) {
            return Optional.empty();
        }
        Pending p = found.getFirst();
        return p.expires().isBefore(Instant.now()) ? Optional.empty() : Optional.of(p);
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    /** One launch in progress. */
    record Pending(String iss, String tokenEndpoint, String verifier, String redirectUri, Instant expires) {

        static Pending of(String iss, String tokenEndpoint, String verifier, String redirectUri) {
            return new Pending(iss, tokenEndpoint, verifier, redirectUri, Instant.now().plus(TTL));
        }
    }
}
