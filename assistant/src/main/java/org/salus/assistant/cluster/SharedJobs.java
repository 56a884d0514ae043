package org.salus.assistant.cluster;

import java.time.Duration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Claims a job in PostgreSQL: one upsert moves the job's last run to now only if the previous run is at least nine
 * tenths of an interval old, by the database's clock, so instances with skewed clocks or staggered schedules still
 * run it once per interval.
 */
final class SharedJobs implements ClusterJobs {

    private static final String CLAIM = """
            INSERT INTO cluster_job (name, last_run) VALUES (?, now())
            ON CONFLICT (name) DO UPDATE SET last_run = now()
            WHERE cluster_job.last_run <= now() - make_interval(secs => ?)""";

    private final JdbcTemplate jdbc;

    SharedJobs(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean claim(String job, Duration interval) {
        return jdbc.update(CLAIM, job, interval.toMillis() * 0.9 / 1000.0) == 1;
    }
}
