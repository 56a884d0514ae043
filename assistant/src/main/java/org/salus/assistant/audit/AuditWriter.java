package org.salus.assistant.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.salus.assistant.privacy.PrivacyProperties;
import org.salus.assistant.web.Failures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Takes audit writes off the chat thread: turns wait in a bounded queue that one writer thread drains in batches.
 * Deletions and flushes travel through the same queue, so a session erased after a turn never outlives it; a clean
 * stop (after the web server has stopped) writes everything still queued.
 */
@Component
class AuditWriter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AuditWriter.class);
    private static final int BATCH = 256;

    private sealed interface Pending permits Turn, Image, Text, Barrier {}

    private record Turn(AuditRecord record) implements Pending {}

    private record Image(ImageAuditRecord record) implements Pending {}

    private record Text(Supplier<StoredTranscript> transcript) implements Pending {}

    private record Barrier(Function<AuditLog, Object> action, CompletableFuture<Object> done) implements Pending {}

    private final AuditLog auditLog;
    private final BlockingQueue<Pending> queue;
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final FailedWrites retry;
    private volatile boolean running;
    private Thread thread;

    AuditWriter(AuditLog auditLog, PrivacyProperties properties) {
        this.auditLog = auditLog;
        this.queue = new ArrayBlockingQueue<>(properties.queueCapacity());
        this.retry = new FailedWrites(properties.queueCapacity());
    }

    /** Queues a turn without waiting; when the queue is full the record is dropped and counted. */
    void submit(AuditRecord record) {
        offer(new Turn(record));
    }

    /** Queues an image record without waiting, like a turn. */
    void submit(ImageAuditRecord record) {
        offer(new Image(record));
    }

    /** Queues a transcript that is built (redacted) on the writer thread, off the chat turn's path. */
    void submit(Supplier<StoredTranscript> transcript) {
        offer(new Text(transcript));
    }

    /** Runs {@code action} on the writer thread after everything queued before it has been written. */
    <T> T afterPending(Function<AuditLog, T> action, Duration timeout) {
        CompletableFuture<Object> done = new CompletableFuture<>();
        @SuppressWarnings("unchecked")
        Function<AuditLog, Object> erased = (Function<AuditLog, Object>) action;
        try {
            if (!running) {
                return action.apply(auditLog);
            }
            if (!queue.offer(new Barrier(erased, done), timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("audit queue full");
            }
            @SuppressWarnings("unchecked")
            T result = (T) done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for the audit writer", e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("audit writer did not complete", e);
        }
    }

    long dropped() {
        return dropped.get();
    }

    /** Row writes that failed (the database was away) and were kept to be written again. */
    long failed() {
        return failed.get();
    }

    /** Rows written to the audit trail since start (turns, images and transcripts). */
    long written() {
        return written.get();
    }

    private void offer(Pending pending) {
        if (!queue.offer(pending)) {
            long n = dropped.incrementAndGet();
            if (Long.bitCount(n) == 1) {
                log.warn("Audit queue full: {} audit writes dropped so far", n);
            }
        }
    }

    private void loop() {
        List<Pending> batch = new ArrayList<>(BATCH);
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    if (retry.due()) {
                        flush(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), false);
                    }
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
        if (!retry.isEmpty()) {
            flush(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), true);
        }
    }

    private void write(List<Pending> batch) {
        List<AuditRecord> turns = new ArrayList<>();
        List<ImageAuditRecord> images = new ArrayList<>();
        List<StoredTranscript> texts = new ArrayList<>();
        for (Pending p : batch) {
            switch (p) {
                case Turn t -> turns.add(t.record());
                case Image i -> images.add(i.record());
                case Text t -> texts.add(t.transcript().get());
                case Barrier b -> {
                    // Rows waiting for a retry are written before an erasure or purge runs, or the action fails too.
                    flush(turns, images, texts, true);
                    try {
                        b.done().complete(b.action().apply(auditLog));
                    } catch (RuntimeException e) {
                        b.done().completeExceptionally(e);
                    }
                }
            }
        }
        flush(turns, images, texts, false);
    }

    private void flush(List<AuditRecord> turns, List<ImageAuditRecord> images, List<StoredTranscript> texts, boolean now) {
        if (!retry.isEmpty() && !now && !retry.due()) {
            dropped.addAndGet(retry.hold(turns, images, texts));
            turns.clear();
            images.clear();
            texts.clear();
            return;
        }
        retry.prependTo(turns, images, texts);
        try {
            if (!turns.isEmpty()) {
                auditLog.insertTurns(turns);
            }
            if (!images.isEmpty()) {
                auditLog.insertImages(images);
            }
            if (!texts.isEmpty()) {
                auditLog.insertTranscripts(texts);
            }
            written.addAndGet(turns.size() + images.size() + texts.size());
            retry.succeeded();
        } catch (RuntimeException e) {
            int rows = turns.size() + images.size() + texts.size();
            failed.addAndGet(rows);
            dropped.addAndGet(retry.keep(turns, images, texts));
            log.warn("Could not write {} audit rows, kept to retry: {}", rows, Failures.describe(e));
        }
        turns.clear();
        images.clear();
        texts.clear();
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = Thread.ofPlatform().name("salus-audit-writer").daemon(true).start(this::loop);
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (dropped.get() > 0) {
            log.warn("Audit writer stopped; {} audit writes were dropped", dropped.get());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts before and stops after the web server, so turns finishing during shutdown are still written. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
