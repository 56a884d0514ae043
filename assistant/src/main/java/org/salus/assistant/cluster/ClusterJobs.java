package org.salus.assistant.cluster;

import java.time.Duration;

/** Decides which instance runs a periodic job this time, so a job meant to run once per interval does so cluster-wide. */
public interface ClusterJobs {

    /** Whether this instance should run {@code job} now; true at most once per {@code interval} across the cluster. */
    boolean claim(String job, Duration interval);

    /** A lone instance runs every job it schedules. */
    static ClusterJobs alone() {
        return (job, interval) -> true;
    }
}
