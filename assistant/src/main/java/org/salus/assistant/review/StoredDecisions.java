package org.salus.assistant.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.salus.kb.Review;
import org.salus.kb.search.ReviewOverrides;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * The stored decisions as the searcher asks for them on every query: held in memory and reloaded when this instance
 * has just decided, or when another instance sharing the database has (checked at most every two seconds).
 */
public final class StoredDecisions implements ReviewOverrides {

    private static final Logger log = LoggerFactory.getLogger(StoredDecisions.class);
    private static final long RECHECK_NANOS = 2_000_000_000L;

    private record Snapshot(long revision, Map<String, Map<String, List<ReviewDecision>>> byCollection) {}

    private final ReviewStore store;
    private volatile Snapshot snapshot;
    private volatile long lastCheck;

    public StoredDecisions(ReviewStore store) {
        this.store = store;
    }

    @Override
    public long revision() {
        return current().revision();
    }

    @Override
    public Set<String> documentIds(String collection) {
        return current().byCollection().getOrDefault(collection, Map.of()).keySet();
    }

    @Override
    public Optional<Review> review(String collection, String documentId, String version) {
        return DecisionRules.holding(decisions(collection, documentId), version).map(DecisionRules::review);
    }

    /** One document's decisions, oldest first. */
    List<ReviewDecision> decisions(String collection, String documentId) {
        return current().byCollection().getOrDefault(collection, Map.of()).getOrDefault(documentId, List.of());
    }

    /** Reads the decisions again now, after this instance made one. */
    synchronized void reload() {
        snapshot = load();
        lastCheck = System.nanoTime();
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s != null && System.nanoTime() - lastCheck < RECHECK_NANOS) {
            return s;
        }
        synchronized (this) {
            s = snapshot;
            if (s != null && System.nanoTime() - lastCheck < RECHECK_NANOS) {
                return s;
            }
            try {
                if (s == null || store.latestId() != s.revision()) {
                    s = load();
                    snapshot = s;
                }
            } catch (DataAccessException e) {
                if (s == null) {
                    throw e;
                }
                log.warn("Review decisions could not be re-read; the last ones read stay in force ({})",
                        e.getClass().getSimpleName());
            }
            lastCheck = System.nanoTime();
            return s;
        }
    }

    private Snapshot load() {
        List<ReviewDecision> all = store.all();
        Map<String, Map<String, List<ReviewDecision>>> byCollection = new HashMap<>();
        for (ReviewDecision d : all) {
            byCollection.computeIfAbsent(d.collection(), c -> new HashMap<>())
                    .computeIfAbsent(d.docId(), id -> new ArrayList<>()).add(d);
        }
        byCollection.values().forEach(docs -> docs.replaceAll((id, list) -> List.copyOf(list)));
        long revision = all.isEmpty() ? 0 : all.getLast().id();
        return new Snapshot(revision, Map.copyOf(byCollection));
    }
}
