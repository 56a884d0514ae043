package org.salus.assistant.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The audit trail's tables: inserts, exports and the deletions that retention and erasure requests make. */
@Repository
class AuditLog {

    private static final String INSERT_TURN = """
            INSERT INTO audit_turn (at, session_hash, key_id, channel, mode, language, action, urgency, categories,
                                    policy, cited_doc_ids, provider, latency_ms, error_class, caller)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;

    AuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insertTurns(List<AuditRecord> records) {
        jdbc.batchUpdate(INSERT_TURN, records, 256, (ps, r) -> {
            ps.setObject(1, utc(r.at()));
            ps.setString(2, r.sessionHash());
            ps.setString(3, r.keyId());
            ps.setString(4, r.channel());
            ps.setString(5, r.mode());
            ps.setString(6, r.language());
            ps.setString(7, r.action());
            ps.setString(8, r.urgency());
            ps.setString(9, joined(r.categories(), 2000));
            ps.setString(10, r.policy());
            ps.setString(11, joined(r.citedDocIds(), 8000));
            ps.setString(12, r.provider());
            ps.setLong(13, r.latencyMs());
            ps.setString(14, r.errorClass());
            ps.setString(15, r.caller());
        });
    }

    void insertImages(List<ImageAuditRecord> records) {
        jdbc.batchUpdate("INSERT INTO audit_image (at, session_hash, key_id, reader, outcome, latency_ms) VALUES (?, ?, ?, ?, ?, ?)",
                records, 256, (ps, r) -> {
                    ps.setObject(1, utc(r.at()));
                    ps.setString(2, r.sessionHash());
                    ps.setString(3, r.keyId());
                    ps.setString(4, r.reader());
                    ps.setString(5, r.outcome());
                    ps.setLong(6, r.latencyMs());
                });
    }

    void insertTranscripts(List<StoredTranscript> transcripts) {
        jdbc.batchUpdate("INSERT INTO transcript (at, session_hash, key_id, message, answer) VALUES (?, ?, ?, ?, ?)",
                transcripts, 64, (ps, t) -> {
                    ps.setObject(1, utc(t.at()));
                    ps.setString(2, t.session() == null ? null : t.session().hash());
                    ps.setString(3, t.session() == null ? null : t.session().keyId());
                    ps.setString(4, t.message());
                    ps.setString(5, t.answer());
                });
    }

    /** Deletes every turn and transcript of one session, whichever held key hashed it; returns rows deleted. */
    int deleteSession(List<Pseudonym> pseudonyms) {
        int deleted = 0;
        for (Pseudonym p : pseudonyms) {
            for (String table : List.of("audit_turn", "audit_image", "transcript")) {
                deleted += jdbc.update("DELETE FROM " + table + " WHERE session_hash = ? AND key_id = ?", p.hash(), p.keyId());
            }
        }
        return deleted;
    }

    Purged purgeBefore(Instant cutoff) {
        int turns = jdbc.update("DELETE FROM audit_turn WHERE at < ?", utc(cutoff));
        int transcripts = jdbc.update("DELETE FROM transcript WHERE at < ?", utc(cutoff));
        int images = jdbc.update("DELETE FROM audit_image WHERE at < ?", utc(cutoff));
        return new Purged(cutoff, turns, transcripts, images);
    }

    List<AuditRecord> export(Instant from, Instant to, int limit) {
        return jdbc.query("SELECT * FROM audit_turn WHERE at >= ? AND at < ? ORDER BY at, id FETCH FIRST " + limit + " ROWS ONLY",
                (rs, n) -> row(rs), utc(from), utc(to));
    }

    List<ImageAuditRecord> exportImages(Instant from, Instant to, int limit) {
        return jdbc.query("SELECT * FROM audit_image WHERE at >= ? AND at < ? ORDER BY at, id FETCH FIRST " + limit + " ROWS ONLY",
                (rs, n) -> new ImageAuditRecord(rs.getObject("at", OffsetDateTime.class).toInstant(),
                        rs.getString("session_hash"), rs.getString("key_id"), rs.getString("reader"),
                        rs.getString("outcome"), rs.getLong("latency_ms")), utc(from), utc(to));
    }

    /** The review workflow's decisions in the range (never purged): who decided what on which document version. */
    List<Map<String, Object>> exportReviewDecisions(Instant from, Instant to, int limit) {
        return jdbc.queryForList("SELECT id, decided_at, collection, doc_id, version, status, reviewer, note, expires_on"
                + " FROM review_decision WHERE decided_at >= ? AND decided_at < ? ORDER BY id FETCH FIRST " + limit
                + " ROWS ONLY", utc(from), utc(to)).stream().map(AuditLog::lowerCaseKeys).toList();
    }

    private static Map<String, Object> lowerCaseKeys(Map<String, Object> row) {
        Map<String, Object> out = new LinkedHashMap<>();
        row.forEach((k, v) -> out.put(k.toLowerCase(java.util.Locale.ROOT), switch (v) {
            case OffsetDateTime t -> t.toInstant().toString();
            case java.sql.Timestamp t -> t.toInstant().toString();
            case null -> null;
            default -> v.toString();
        }));
        return out;
    }

    Set<String> keyIdsInUse() {
        Set<String> ids = new HashSet<>(jdbc.queryForList("SELECT DISTINCT key_id FROM audit_turn WHERE key_id IS NOT NULL", String.class));
        ids.addAll(jdbc.queryForList("SELECT DISTINCT key_id FROM audit_image WHERE key_id IS NOT NULL", String.class));
        ids.addAll(jdbc.queryForList("SELECT DISTINCT key_id FROM transcript WHERE key_id IS NOT NULL", String.class));
        return ids;
    }

    /** What one purge removed. */
    record Purged(Instant cutoff, int turns, int transcripts, int images) {}

    private static AuditRecord row(ResultSet rs) throws SQLException {
        return new AuditRecord(rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getString("session_hash"),
                rs.getString("key_id"), rs.getString("channel"), rs.getString("mode"), rs.getString("language"),
                rs.getString("action"), rs.getString("urgency"), split(rs.getString("categories")), rs.getString("policy"),
                split(rs.getString("cited_doc_ids")), rs.getString("provider"), rs.getLong("latency_ms"),
                rs.getString("error_class"), rs.getString("caller"));
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static String joined(List<String> values, int max) {
        String text = String.join(",", values);
        return text.length() <= max ? text : text.substring(0, text.lastIndexOf(',', max) < 0 ? 0 : text.lastIndexOf(',', max));
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
