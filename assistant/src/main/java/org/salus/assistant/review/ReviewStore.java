package org.salus.assistant.review;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** The review workflow's tables: decisions (append-only), the text of approved versions, and citation counts. */
public final class ReviewStore {

    private final JdbcTemplate jdbc;

    public ReviewStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a decision and returns it with its id. */
    ReviewDecision insert(ReviewDecision d) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement("""
                    INSERT INTO review_decision (decided_at, collection, doc_id, version, status, reviewer, note, expires_on)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            ps.setObject(1, d.decidedAt().atOffset(ZoneOffset.UTC));
            ps.setString(2, d.collection());
            ps.setString(3, d.docId());
            ps.setString(4, d.version());
            ps.setString(5, d.decision().id());
            ps.setString(6, d.reviewer());
            ps.setString(7, d.note());
            ps.setObject(8, d.expiresOn());
            return ps;
        }, key);
        long id = key.getKey().longValue();
        return new ReviewDecision(id, d.decidedAt(), d.collection(), d.docId(), d.version(), d.decision(), d.reviewer(),
                d.note(), d.expiresOn());
    }

    /** Every decision, oldest first. */
    List<ReviewDecision> all() {
        return jdbc.query("SELECT * FROM review_decision ORDER BY id", (rs, n) -> row(rs));
    }

    /** The newest decision's id (0 when there is none), which changes whenever any instance decides. */
    long latestId() {
        Long id = jdbc.queryForObject("SELECT MAX(id) FROM review_decision", Long.class);
        return id == null ? 0 : id;
    }

    void saveSnapshot(String collection, String docId, String version, String title, String body) {
        try {
            jdbc.update("INSERT INTO review_snapshot (collection, doc_id, version, title, body) VALUES (?, ?, ?, ?, ?)",
                    collection, docId, version, title, body);
        } catch (DuplicateKeyException e) {
            // The same version approved again: its text is already kept.
        }
    }

    /** The kept text of one version: its title and body. */
    Optional<Map.Entry<String, String>> snapshot(String collection, String docId, String version) {
        return jdbc.query("SELECT title, body FROM review_snapshot WHERE collection = ? AND doc_id = ? AND version = ?",
                (rs, n) -> Map.entry(rs.getString("title"), rs.getString("body")), collection, docId, version)
                .stream().findFirst();
    }

    /** Adds citations of one document version. */
    void addCitations(String docId, String version, long count) {
        if (jdbc.update("UPDATE citation_count SET cited = cited + ? WHERE doc_id = ? AND version = ?", count, docId, version) > 0) {
            return;
        }
        try {
            jdbc.update("INSERT INTO citation_count (doc_id, version, cited) VALUES (?, ?, ?)", docId, version, count);
        } catch (DuplicateKeyException e) {
            jdbc.update("UPDATE citation_count SET cited = cited + ? WHERE doc_id = ? AND version = ?", count, docId, version);
        }
    }

    /** Citation counts by document id and version ({@code id@version}). */
    Map<String, Long> citations() {
        Map<String, Long> counts = new HashMap<>();
        jdbc.query("SELECT doc_id, version, cited FROM citation_count",
                rs -> { counts.put(rs.getString("doc_id") + "@" + rs.getString("version"), rs.getLong("cited")); });
        return counts;
    }

    private static ReviewDecision row(ResultSet rs) throws SQLException {
        Instant at = rs.getObject("decided_at", OffsetDateTime.class).toInstant();
        return new ReviewDecision(rs.getLong("id"), at, rs.getString("collection"), rs.getString("doc_id"),
                rs.getString("version"), Decision.parse(rs.getString("status")), rs.getString("reviewer"),
                rs.getString("note"), rs.getObject("expires_on", LocalDate.class));
    }
}
