package org.salus.assistant.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The proof that a caller holds a session: a token handed out with every chat reply for that session id
 * ({@code X-Session-Token}), an HMAC of the id under a server key, which {@code DELETE /api/sessions/{id}} requires.
 * Nothing is stored per session; instances that share sessions share the key ({@code salus.sessions.token-key}).
 */
public final class SessionTokens {

    public static final String HEADER = "X-Session-Token";
    public static final int MAX_ID_CHARS = 200;

    private final SecretKeySpec key;

    SessionTokens(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("the session token key must be at least 256 bits");
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    }

    /** Whether {@code id} can name a session: 1 to 200 characters, not blank, no control characters. */
    public static boolean wellFormed(String id) {
        return id != null && !id.isBlank() && id.length() <= MAX_ID_CHARS && id.chars().noneMatch(Character::isISOControl);
    }

    public String issue(String sessionId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(sessionId));
    }

    /** Compares in constant time; a missing or malformed token never matches. */
    public boolean matches(String sessionId, String token) {
        if (token == null || token.length() != 43) {
            return false;
        }
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(mac(sessionId), given);
    }

    private byte[] mac(String sessionId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(("salus-session:" + sessionId).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    /** The configured key (hex, at least 64 digits), or one generated on first start into {@code file} (0600). */
    static SessionTokens fromKey(String configuredHex, Path file) {
        if (configuredHex != null && !configuredHex.isBlank()) {
            return new SessionTokens(HexFormat.of().parseHex(configuredHex.strip()));
        }
        try {
            if (!Files.exists(file)) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Files.createDirectories(file.toAbsolutePath().getParent());
                Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
                Files.deleteIfExists(tmp);
                try {
                    Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } catch (UnsupportedOperationException e) {
                    Files.createFile(tmp);
                }
                Files.writeString(tmp, HexFormat.of().formatHex(key), StandardCharsets.US_ASCII);
                try {
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException e) {
                    Files.deleteIfExists(tmp);
                }
            }
            return new SessionTokens(HexFormat.of().parseHex(Files.readString(file, StandardCharsets.US_ASCII).strip()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
