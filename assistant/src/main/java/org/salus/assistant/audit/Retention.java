package org.salus.assistant.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.salus.assistant.cluster.ClusterJobs;
import org.salus.assistant.privacy.PrivacyProperties;
import org.salus.assistant.web.Failures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Enforces the retention period: deletes expired turns, image records and transcripts on a schedule (first at startup;
 * in a cluster on one instance per interval), forgets
 * session keys no record needs, and rotates the key when automatic rotation is configured.
 */
@Component
class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final AuditWriter writer;
    private final SessionKeys keys;
    private final PrivacyProperties properties;
    private final Clock clock;
    private final ClusterJobs jobs;
    private final Duration interval;

    Retention(AuditWriter writer, SessionKeys keys, PrivacyProperties properties, Clock auditClock, ClusterJobs jobs) {
        this.writer = writer;
        this.keys = keys;
        this.properties = properties;
        this.clock = auditClock;
        this.jobs = jobs;
        this.interval = properties.purgeInterval();
    }

    @Scheduled(initialDelay = 0, fixedDelayString = "${salus.privacy.purge-interval:PT1H}")
    void scheduled() {
        try {
            purgeIfDue();
        } catch (RuntimeException e) {
            log.warn("Retention purge postponed to the next interval: {}", Failures.describe(e));
        }
    }

    /** Purges now unless another instance of the cluster already did within this interval; true when it ran here. */
    boolean purgeIfDue() {
        if (!jobs.claim("retention-purge", interval)) {
            return false;
        }
        AuditLog.Purged purged = purge(clock.instant().minus(properties.retention()));
        if (purged.turns() + purged.transcripts() + purged.images() > 0) {
            log.info("Retention purge removed {} audit records, {} image records and {} transcripts", purged.turns(),
                    purged.images(), purged.transcripts());
        }
        return true;
    }

    /** Deletes everything recorded before {@code cutoff}, then tidies the keys. */
    AuditLog.Purged purge(Instant cutoff) {
        AuditLog.Purged purged = writer.afterPending(audit -> audit.purgeBefore(cutoff), WAIT);
        Duration rotation = properties.keyRotation();
        if (rotation != null && keys.current().created().plus(rotation).isBefore(clock.instant())) {
            keys.rotate();
            log.info("Session key rotated");
        }
        keys.retireUnused(writer.afterPending(AuditLog::keyIdsInUse, WAIT));
        return purged;
    }

    /** Erases one session's records at once, under every key still held. */
    int eraseSession(String sessionId) {
        return writer.afterPending(audit -> audit.deleteSession(keys.allPseudonyms(sessionId)), WAIT);
    }
}
