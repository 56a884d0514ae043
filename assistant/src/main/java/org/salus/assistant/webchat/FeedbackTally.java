package org.salus.assistant.webchat;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Counts feedback votes, so operators can see how answers land without storing any content: in memory for one
 * instance, in PostgreSQL for a cluster (a vote that cannot reach the database is kept in memory and still counted).
 */
public final class FeedbackTally {

    private static final String UPSERT = """
            INSERT INTO feedback_count (vote, mode, safety_action, votes) VALUES (?, ?, ?, 1)
            ON CONFLICT (vote, mode, safety_action) DO UPDATE SET votes = feedback_count.votes + 1""";

    private final ConcurrentMap<FeedbackVote, LongAdder> counts = new ConcurrentHashMap<>();
    private final JdbcTemplate shared;

    public FeedbackTally() {
        this(null);
    }

    FeedbackTally(JdbcTemplate shared) {
        this.shared = shared;
    }

    void record(FeedbackVote vote) {
        if (shared != null) {
            try {
                shared.update(UPSERT, vote.vote().name().toLowerCase(java.util.Locale.ROOT), vote.mode(), vote.safetyAction());
                return;
            } catch (DataAccessException e) {
                // the database is away: count it here rather than lose it
            }
        }
        counts.computeIfAbsent(vote, key -> new LongAdder()).increment();
    }

    /** The count of each distinct (vote, mode, safety action), keyed "up/instant/answer": since start, or cluster-wide. */
    public Map<String, Long> snapshot() {
        Map<String, Long> result = new TreeMap<>();
        if (shared != null) {
            shared.query("SELECT vote, mode, safety_action, votes FROM feedback_count", rs -> {
                result.merge(rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getString(3), rs.getLong(4), Long::sum);
            });
        }
        counts.forEach((vote, count) -> result.merge(key(vote), count.sum(), Long::sum));
        return result;
    }

    /** How many votes of this kind were counted. */
    public long count(FeedbackVote.Vote vote) {
        String prefix = vote.name().toLowerCase(java.util.Locale.ROOT) + "/";
        return snapshot().entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(prefix))
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    private static String key(FeedbackVote vote) {
        return vote.vote().name().toLowerCase(java.util.Locale.ROOT) + "/" + vote.mode() + "/" + vote.safetyAction();
    }
}
