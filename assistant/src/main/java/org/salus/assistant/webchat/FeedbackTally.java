package org.salus.assistant.webchat;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts feedback votes in memory, so operators can see how answers land without storing any content. */
public final class FeedbackTally {

    private final ConcurrentMap<FeedbackVote, LongAdder> counts = new ConcurrentHashMap<>();

    void record(FeedbackVote vote) {
        counts.computeIfAbsent(vote, key -> new LongAdder()).increment();
    }

    /** The count of each distinct (vote, mode, safety action) seen since start, keyed "up/instant/answer". */
    public Map<String, Long> snapshot() {
        Map<String, Long> result = new TreeMap<>();
        counts.forEach((vote, count) -> result.put(key(vote), count.sum()));
        return result;
    }

    /** How many votes of this kind were counted. */
    public long count(FeedbackVote.Vote vote) {
        return counts.entrySet().stream()
                .filter(entry -> entry.getKey().vote() == vote)
                .mapToLong(entry -> entry.getValue().sum())
                .sum();
    }

    private static String key(FeedbackVote vote) {
        return vote.vote().name().toLowerCase(java.util.Locale.ROOT) + "/" + vote.mode() + "/" + vote.safetyAction();
    }
}
