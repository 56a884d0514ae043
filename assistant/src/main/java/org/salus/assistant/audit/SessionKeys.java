package org.salus.assistant.audit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret keys that turn client session ids into pseudonyms (HMAC-SHA256), kept in one owner-only file of the data
 * directory or, in cluster mode, shared through the database; the newest key hashes new turns, older keys are kept
 * only while records made with them remain, so a session can still be deleted after a rotation.
 */
final class SessionKeys {

    private static final HexFormat HEX = HexFormat.of();

    record Key(String id, Instant created, byte[] secret) {}

    /** Where the keys live. */
    interface Storage {
        /** The keys held, newest first; creates the first key when there is none. */
        List<Key> loadOrCreate();

        Key create();

        void add(Key key);

        void remove(Collection<String> ids);
    }

    private final Storage storage;
    /** How long keys read from shared storage are trusted before reading again; null for storage nobody else writes. */
    private final Duration refresh;
    private volatile List<Key> keys;
    private volatile long loadedAt;
    private final java.util.concurrent.atomic.AtomicBoolean reloading = new java.util.concurrent.atomic.AtomicBoolean();

    SessionKeys(Storage storage, Duration refresh) {
        this.storage = storage;
        this.refresh = refresh;
        reload();
    }

    /** Loads the key file, creating it with a fresh key (permissions 0600) on first start. */
    static SessionKeys open(Path file) {
        return new SessionKeys(new SessionKeyFile(file), null);
    }

    Key current() {
        if (refresh != null && System.nanoTime() - loadedAt > refresh.toNanos() && reloading.compareAndSet(false, true)) {
            // Read again off the turn's thread: a turn never waits for (or fails on) a database that is away.
            Thread.ofVirtual().name("salus-session-keys").start(() -> {
                try {
                    reload();
                } catch (RuntimeException e) {
                    loadedAt = System.nanoTime();
                } finally {
                    reloading.set(false);
                }
            });
        }
        return keys.getFirst();
    }

    /** The pseudonym of a session id under the current key; null for no session id. */
    Pseudonym pseudonym(String sessionId) {
        return sessionId == null ? null : pseudonym(current(), sessionId);
    }

    /** The session id's pseudonym under every key still held, for deletion (read afresh from shared storage). */
    List<Pseudonym> allPseudonyms(String sessionId) {
        if (refresh != null) {
            reload();
        }
        return keys.stream().map(k -> pseudonym(k, sessionId)).toList();
    }

    /** Makes a new key current; the old ones stay until no record uses them. */
    synchronized Key rotate() {
        storage.add(storage.create());
        reload();
        return keys.getFirst();
    }

    /**
     * Forgets old keys that no stored record uses any more. With shared storage the key just replaced is kept while
     * other instances may still be hashing with it (three refresh periods).
     */
    synchronized void retireUnused(Set<String> idsInUse) {
        reload();
        boolean graceForPrevious = refresh != null
                && keys.getFirst().created().isAfter(Instant.now().minus(refresh.multipliedBy(3)));
        List<String> retired = keys.stream().skip(graceForPrevious ? 2 : 1).map(Key::id)
                .filter(id -> !idsInUse.contains(id)).toList();
        if (!retired.isEmpty()) {
            storage.remove(retired);
            reload();
        }
    }

    List<String> ids() {
        return keys.stream().map(Key::id).toList();
    }

    private void reload() {
        keys = List.copyOf(storage.loadOrCreate());
        loadedAt = System.nanoTime();
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
}
