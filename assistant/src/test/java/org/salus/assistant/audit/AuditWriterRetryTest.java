package org.salus.assistant.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.salus.assistant.privacy.PrivacyProperties;

class AuditWriterRetryTest {

    /** An audit trail whose database is away until told otherwise. */
    static final class FlakyLog extends AuditLog {
        final AtomicBoolean down = new AtomicBoolean(true);
        final List<AuditRecord> stored = new CopyOnWriteArrayList<>();

        FlakyLog() {
            super(null);
        }

        @Override
        void insertTurns(List<AuditRecord> records) {
            if (down.get()) {
                throw new org.springframework.dao.DataAccessResourceFailureException("connection refused");
            }
            stored.addAll(records);
        }
    }

    @Test
    void turnsWrittenWhileTheDatabaseIsAwayAreCountedAndWrittenOnceItIsBack() throws Exception {
        FlakyLog log = new FlakyLog();
        AuditWriter writer = new AuditWriter(log, new PrivacyProperties(Duration.ofDays(30), Duration.ofHours(1), false,
                null, null, 100));
        writer.start();
        try {
            for (int i = 0; i < 5; i++) {
                writer.submit(turn("s-" + i));
            }
            waitFor(() -> writer.failed() >= 5);
            assertThat(log.stored).isEmpty();
            log.down.set(false);
            writer.submit(turn("s-5"));
            waitFor(() -> log.stored.size() == 6);
            assertThat(log.stored).extracting(AuditRecord::sessionHash)
                    .containsExactly("s-0", "s-1", "s-2", "s-3", "s-4", "s-5");
            assertThat(writer.dropped()).isZero();
            assertThat(writer.written()).isEqualTo(6);
        } finally {
            writer.stop();
        }
    }

    @Test
    void heldRowsPastCapacityAreDroppedOldestFirstAndCounted() {
        FailedWrites held = new FailedWrites(16);
        List<AuditRecord> turns = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            turns.add(turn("s-" + i));
        }
        assertThat(held.keep(turns, new java.util.ArrayList<>(), new java.util.ArrayList<>())).isEqualTo(4);
        List<AuditRecord> out = new java.util.ArrayList<>();
        held.prependTo(out, new java.util.ArrayList<>(), new java.util.ArrayList<>());
        assertThat(out).hasSize(16).first().extracting(AuditRecord::sessionHash).isEqualTo("s-4");
        assertThat(held.isEmpty()).isTrue();
    }

    private static AuditRecord turn(String session) {
        return new AuditRecord(Instant.now(), session, "k1", "web", "answer", "en", "answer", "routine", List.of(),
                "p", List.of(), "extractive", 5, null, null);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 20 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
