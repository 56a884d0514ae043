package org.salus.assistant.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Audit rows whose write failed (the database was away), kept in order to be written again with a growing pause
 * between attempts (1 s doubling to 30 s); past its capacity the oldest rows are dropped and counted, never the turn.
 */
final class FailedWrites {

    private static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

    private final int capacity;
    private final List<AuditRecord> turns = new ArrayList<>();
    private final List<ImageAuditRecord> images = new ArrayList<>();
    private final List<StoredTranscript> texts = new ArrayList<>();
    private Duration pause = FIRST_PAUSE;
    private long nextAttempt;

    FailedWrites(int capacity) {
        this.capacity = capacity;
    }

    boolean isEmpty() {
        return size() == 0;
    }

    int size() {
        return turns.size() + images.size() + texts.size();
    }

    /** Whether the pause since the last failure is over. */
    boolean due() {
        return !isEmpty() && System.nanoTime() - nextAttempt >= 0;
    }

    /** Moves the held rows in front of {@code turns}, {@code images} and {@code texts}, to be written with them. */
    void prependTo(List<AuditRecord> turns, List<ImageAuditRecord> images, List<StoredTranscript> texts) {
        turns.addAll(0, this.turns);
        images.addAll(0, this.images);
        texts.addAll(0, this.texts);
        this.turns.clear();
        this.images.clear();
        this.texts.clear();
    }

    /** Keeps rows whose write failed and starts the next pause; returns how many old rows fell out to make room. */
    int keep(List<AuditRecord> turns, List<ImageAuditRecord> images, List<StoredTranscript> texts) {
        int dropped = hold(turns, images, texts);
        nextAttempt = System.nanoTime() + pause.toNanos();
        pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
        return dropped;
    }

    /** Queues rows behind the held ones while the pause lasts; returns how many old rows fell out to make room. */
    int hold(List<AuditRecord> turns, List<ImageAuditRecord> images, List<StoredTranscript> texts) {
        this.turns.addAll(turns);
        this.images.addAll(images);
        this.texts.addAll(texts);
        int dropped = 0;
        while (size() > capacity) {
            List<?> largest = this.turns.size() >= this.images.size() && this.turns.size() >= this.texts.size() ? this.turns
                    : this.images.size() >= this.texts.size() ? this.images : this.texts;
            largest.removeFirst();
            dropped++;
        }
        return dropped;
    }

    /** A write went through: the next failure waits the shortest pause again. */
    void succeeded() {
        pause = FIRST_PAUSE;
    }
}
