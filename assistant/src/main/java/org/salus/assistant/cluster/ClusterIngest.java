package org.salus.assistant.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.salus.kb.index.CollectionStore;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The builder's side of cluster mode for {@code ./salus ingest}: holds the cluster's build lock for the collection (a
 * PostgreSQL session advisory lock, released by the server when a killed build's connection drops), starts from the
 * published generation, and publishes the new one through the database once the local build has switched to it.
 */
public final class ClusterIngest implements AutoCloseable {

    private final DriverManagerDataSource dataSource;
    private final GenerationArchive archive;
    private Connection lock;

    private ClusterIngest(DriverManagerDataSource dataSource) {
        this.dataSource = dataSource;
        this.archive = new GenerationArchive(dataSource);
    }

    /**
     * The cluster this process belongs to, when {@code SALUS_CLUSTER_ENABLED=true}: the database of
     * {@code SPRING_DATASOURCE_URL/USERNAME/PASSWORD}, its schema migrated; empty outside cluster mode.
     */
    public static Optional<ClusterIngest> fromEnvironment(Map<String, String> env) {
        if (!Boolean.parseBoolean(env.getOrDefault("SALUS_CLUSTER_ENABLED", "false").strip())) {
            return Optional.empty();
        }
        String url = env.get("SPRING_DATASOURCE_URL");
        String problem = ClusterDatabase.problem(url);
        if (problem != null) {
            throw new ClusterModeCheck.ClusterMisconfigured(problem);
        }
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url, env.get("SPRING_DATASOURCE_USERNAME"),
                env.get("SPRING_DATASOURCE_PASSWORD"));
        Flyway.configure().dataSource(dataSource).load().migrate();
        return Optional.of(new ClusterIngest(dataSource));
    }

    /** Takes the cluster-wide build lock of {@code collection}, failing at once when another build holds it. */
    public void lock(String collection) throws SQLException {
        Connection c = dataSource.getConnection();
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            ps.setLong(1, lockKey(collection));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    c.close();
                    throw new IllegalStateException("another ingest into collection '" + collection + "' is running in the cluster");
                }
            }
        }
        lock = c;
    }

    /** Makes the local collection the published generation first, so an incremental build starts where the cluster is. */
    public Optional<PublishedGeneration> restore(CollectionStore store, String collection) throws IOException, SQLException {
        Optional<PublishedGeneration> latest = archive.latest(collection);
        if (latest.isPresent()) {
            LocalGenerations.install(store, archive, latest.get());
        }
        return latest;
    }

    /** Publishes the local serving generation unless it is the published one already; empty when nothing was new. */
    public Optional<PublishedGeneration> publish(CollectionStore store, String collection) throws IOException, SQLException {
        var current = store.current(collection);
        Optional<PublishedGeneration> latest = archive.latest(collection);
        if (current.isEmpty() || (latest.isPresent() && LocalGenerations.serving(store, latest.get()))) {
            return Optional.empty();
        }
        LocalGenerations.verifyLuceneChecksums(current.get());
        return Optional.of(archive.publish(collection, current.get()));
    }

    @Override
    public void close() throws SQLException {
        if (lock != null) {
            lock.close();
            lock = null;
        }
    }

    static long lockKey(String collection) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(("salus-ingest:" + collection).getBytes(StandardCharsets.UTF_8));
            long key = 0;
            for (int i = 0; i < 8; i++) {
                key = (key << 8) | (d[i] & 0xff);
            }
            return key;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
