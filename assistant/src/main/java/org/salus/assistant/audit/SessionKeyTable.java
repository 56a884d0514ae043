package org.salus.assistant.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The cluster's session keys, shared through PostgreSQL: the table holds key ids only, and each key's secret is
 * derived from the cluster secret and the id (HMAC-SHA256), so every instance computes the same pseudonyms and a
 * copy of the database alone computes none.
 */
final class SessionKeyTable implements SessionKeys.Storage {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Serialises the creation of the first key between instances starting together. */
    private static final long FIRST_KEY_LOCK = 0x53414c5553_4bL;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final SecretKeySpec master;

    SessionKeyTable(JdbcTemplate jdbc, TransactionTemplate transactions, String clusterSecret) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.master = new SecretKeySpec(clusterSecret.strip().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    @Override
    public List<SessionKeys.Key> loadOrCreate() {
        List<SessionKeys.Key> keys = read();
        if (!keys.isEmpty()) {
            return keys;
        }
        return transactions.execute(status -> {
            jdbc.queryForList("SELECT pg_advisory_xact_lock(?)", FIRST_KEY_LOCK);
            if (read().isEmpty()) {
                add(create());
            }
            return read();
        });
    }

    @Override
    public SessionKeys.Key create() {
        byte[] id = new byte[4];
        RANDOM.nextBytes(id);
        String hex = HexFormat.of().formatHex(id);
        return new SessionKeys.Key(hex, Instant.now(), derive(hex));
    }

    @Override
    public void add(SessionKeys.Key key) {
        jdbc.update("INSERT INTO session_key (id, created) VALUES (?, ?)", key.id(), key.created().atOffset(ZoneOffset.UTC));
    }

    @Override
    public void remove(Collection<String> ids) {
        ids.forEach(id -> jdbc.update("DELETE FROM session_key WHERE id = ?", id));
    }

    private List<SessionKeys.Key> read() {
        return jdbc.query("SELECT id, created FROM session_key ORDER BY created DESC, id DESC", (rs, n) -> new SessionKeys.Key(
                rs.getString("id"), rs.getObject("created", OffsetDateTime.class).toInstant(), derive(rs.getString("id"))));
    }

    private byte[] derive(String id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(master);
            return mac.doFinal(("salus-session-key:" + id).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
