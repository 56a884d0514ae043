/**
 * Cluster mode: several stateless instances on one PostgreSQL. Published index generations travel through the
 * database, session keys are derived from a shared secret, and cluster-wide jobs are claimed once per interval.
 */
package org.salus.assistant.cluster;
