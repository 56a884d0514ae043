package org.salus.assistant.cluster;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.salus.assistant.web.Failures;
import org.salus.kb.index.CollectionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Keeps this instance's data directory on the generations the cluster's builder publishes: restores the current one
 * while the application starts (so {@code /readyz} waits for it), then hears of new ones through
 * {@code LISTEN salus_generation} with a slow poll as a safety net, and installs each one atomically.
 */
public final class IndexReplica implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IndexReplica.class);

    private final DataSource dataSource;
    private final GenerationArchive archive;
    private final CollectionStore store;
    private final Duration poll;
    private final AtomicLong installed = new AtomicLong();
    private volatile boolean running;
    private volatile Connection listening;
    private Thread thread;

    IndexReplica(DataSource dataSource, CollectionStore store, Duration poll) {
        this.dataSource = dataSource;
        this.archive = new GenerationArchive(dataSource);
        this.store = store;
        this.poll = poll;
    }

    /** Brings every published collection up to date now; failures are logged and left to the next attempt. */
    public synchronized void sync() {
        try {
            for (String collection : archive.collections()) {
                Optional<PublishedGeneration> latest = archive.latest(collection);
                if (latest.isPresent() && LocalGenerations.install(store, archive, latest.get())) {
                    installed.incrementAndGet();
                    log.info("Serving published generation {} of collection '{}'", latest.get().name(), collection);
                }
            }
        } catch (Exception e) {
            log.warn("Could not bring the index up to the published generation (retrying later): {}", Failures.describe(e));
        }
    }

    /** Generations installed from the database since start. */
    public long installed() {
        return installed.get();
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = Thread.ofPlatform().name("salus-index-replica").daemon(true).start(this::listen);
    }

    @Override
    public synchronized void stop() {
        running = false;
        Connection c = listening;
        if (c != null) {
            try {
                c.close();
            } catch (Exception ignored) {
                // closing wakes the listener thread, which then ends
            }
        }
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        while (running) {
            try (Connection c = dataSource.getConnection()) {
                listening = c;
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + GenerationArchive.CHANNEL);
                }
                // Anything published while no one listened (startup, a lost connection) is picked up here.
                sync();
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notes = pg.getNotifications((int) poll.toMillis());
                    if (!running) {
                        return;
                    }
                    sync();
                    if (notes == null || notes.length == 0) {
                        try (Statement s = c.createStatement()) {
                            s.execute("SELECT 1");
                        }
                    }
                }
            } catch (Exception e) {
                if (!running) {
                    return;
                }
                log.warn("Lost the database connection that hears of new index generations: {}", Failures.describe(e));
                try {
                    Thread.sleep(2000);
                } catch (InterruptedException interrupted) {
                    return;
                }
            } finally {
                listening = null;
            }
        }
    }
}
