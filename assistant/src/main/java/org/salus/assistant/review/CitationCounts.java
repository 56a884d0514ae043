package org.salus.assistant.review;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.salus.assistant.chat.SourcesCited;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Counts how often each document version is cited: in memory on the chat thread (no database call there), added to the
 * stored counts every ten seconds and at shutdown. Counts only: nothing says which question cited what, or when.
 */
final class CitationCounts implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CitationCounts.class);

    private final ReviewStore store;
    private final Map<String, LongAdder> pending = new ConcurrentHashMap<>();

    CitationCounts(ReviewStore store) {
        this.store = store;
    }

    @EventListener
    void on(SourcesCited cited) {
        cited.sources().forEach(s -> pending.computeIfAbsent(s.docId() + "@" + s.version(), k -> new LongAdder()).increment());
    }

    /** Stored and pending counts by {@code docId@version}. */
    Map<String, Long> counts() {
        Map<String, Long> counts = new HashMap<>(store.citations());
        pending.forEach((key, n) -> counts.merge(key, n.sum(), Long::sum));
        return counts;
    }

    @Scheduled(fixedDelay = 10_000, initialDelay = 10_000)
    synchronized void flush() {
        for (var entry : pending.entrySet()) {
            String key = entry.getKey();
            long n = entry.getValue().sumThenReset();
            if (n == 0) {
                continue;
            }
            int at = key.lastIndexOf('@');
            try {
                store.addCitations(key.substring(0, at), key.substring(at + 1), n);
            } catch (DataAccessException e) {
                entry.getValue().add(n);
                log.warn("Citation counts could not be stored; kept for the next try ({})", e.getClass().getSimpleName());
                return;
            }
        }
    }

    @Override
    public void close() {
        flush();
    }
}
