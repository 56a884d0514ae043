package org.salus.assistant.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret keys that turn client session ids into pseudonyms (HMAC-SHA256), kept in one owner-only file in the
 * data directory; the newest key hashes new turns, older keys are kept only while records made with them remain, so
 * a session can still be deleted after a rotation.
 */
final class SessionKeys {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    record Key(String id, Instant created, byte[] secret) {}

    private final Path file;
    private volatile List<Key> keys;

    private SessionKeys(Path file, List<Key> keys) {
        this.file = file;
        this.keys = List.copyOf(keys);
    }

    /** Loads the key file, creating it with a fresh key (permissions 0600) on first start. */
    static SessionKeys open(Path file) {
        try {
            if (Files.exists(file)) {
                List<Key> keys = new ArrayList<>();
                for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
                    String[] f = line.split("\t");
                    if (f.length == 3) {
                        keys.add(new Key(f[0], Instant.parse(f[1]), Base64.getDecoder().decode(f[2])));
                    }
                }
                if (!keys.isEmpty()) {
                    return new SessionKeys(file, keys);
                }
            }
            SessionKeys created = new SessionKeys(file, List.of(fresh()));
            created.save();
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the session key file", e);
        }
    }

    Key current() {
        return keys.getFirst();
    }

    /** The pseudonym of a session id under the current key; null for no session id. */
    Pseudonym pseudonym(String sessionId) {
        return sessionId == null ? null : pseudonym(current(), sessionId);
    }

    /** The session id's pseudonym under every key still held, for deletion. */
    List<Pseudonym> allPseudonyms(String sessionId) {
        return keys.stream().map(k -> pseudonym(k, sessionId)).toList();
    }

    /** Makes a new key current; the old ones stay until no record uses them. */
    synchronized Key rotate() {
        List<Key> next = new ArrayList<>();
        next.add(fresh());
        next.addAll(keys);
        keys = List.copyOf(next);
        save();
        return current();
    }

    /** Forgets old keys that no stored record uses any more. */
    synchronized void retireUnused(Set<String> idsInUse) {
        List<Key> kept = new ArrayList<>();
        kept.add(current());
        keys.stream().skip(1).filter(k -> idsInUse.contains(k.id())).forEach(kept::add);
        if (kept.size() != keys.size()) {
            keys = List.copyOf(kept);
            save();
        }
    }

    List<String> ids() {
        return keys.stream().map(Key::id).toList();
    }

    private static Pseudonym pseudonym(Key key, String sessionId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.secret(), "HmacSHA256"));
            return new Pseudonym(key.id(), HEX.formatHex(mac.doFinal(sessionId.getBytes(StandardCharsets.UTF_8))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static Key fresh() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        byte[] id = new byte[4];
        RANDOM.nextBytes(id);
        return new Key(HEX.formatHex(id), Instant.now(), secret);
    }

    private void save() {
        StringBuilder text = new StringBuilder();
        for (Key k : keys) {
            text.append(k.id()).append('\t').append(k.created()).append('\t')
                    .append(Base64.getEncoder().encodeToString(k.secret())).append('\n');
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".new");
            Files.deleteIfExists(tmp);
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(tmp, text, StandardCharsets.US_ASCII);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the session key file", e);
        }
    }
}
