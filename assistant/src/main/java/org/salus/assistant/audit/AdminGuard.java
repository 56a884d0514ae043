package org.salus.assistant.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.salus.assistant.web.ApiException;

/**
 * The operator credential for the admin endpoints: a bearer token compared in constant time; with no token
 * configured the admin endpoints do not exist (404).
 */
public final class AdminGuard {

    private final byte[] expected;

    AdminGuard(String token) {
        this.expected = token == null || token.isBlank() ? null : digest(token);
    }

    public boolean enabled() {
        return expected != null;
    }

    /** Throws a 404 when disabled and a 401 unless {@code authorization} is {@code Bearer <token>}. */
    public void check(String authorization) {
        if (expected == null) {
            throw new ApiException(404, "Not Found", "No such resource.");
        }
        String given = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).strip() : "";
        if (!MessageDigest.isEqual(expected, digest(given))) {
            throw new ApiException(401, "Unauthorized", "An operator bearer token is required.");
        }
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
