package org.salus.assistant.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Index generations stored in PostgreSQL: a manifest row per file (size, SHA-256) and the bytes in 1 MiB chunks, all
 * written in one transaction that also sends {@code NOTIFY salus_generation}, so a build killed part-way leaves
 * nothing half-published and instances hear of a generation only once it is whole.
 */
public final class GenerationArchive {

    public static final String CHANNEL = "salus_generation";
    private static final int CHUNK = 1 << 20;
    private static final int KEPT = 2;

    private final DataSource dataSource;

    public GenerationArchive(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Publishes the generation folder {@code generation} of {@code collection}; older publications beyond two are removed. */
    public PublishedGeneration publish(String collection, Path generation) throws IOException, SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                long id;
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO index_generation (collection, name, published, complete) "
                        + "VALUES (?, ?, ?, FALSE)", new String[] {"id"})) {
                    ps.setString(1, collection);
                    ps.setString(2, generation.getFileName().toString());
                    ps.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                }
                for (Path file : files(generation)) {
                    store(c, id, generation.relativize(file).toString(), file);
                }
                update(c, "UPDATE index_generation SET complete = TRUE WHERE id = ?", id);
                update(c, "DELETE FROM index_generation WHERE collection = ? AND id NOT IN (SELECT id FROM index_generation "
                        + "WHERE collection = ? ORDER BY id DESC LIMIT " + KEPT + ")", collection, collection);
                update(c, "SELECT pg_notify('" + CHANNEL + "', ?)", collection);
                c.commit();
                return new PublishedGeneration(id, collection, generation.getFileName().toString());
            } catch (IOException | SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** The newest complete generation of {@code collection}, if one was ever published. */
    public Optional<PublishedGeneration> latest(String collection) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT id, name FROM index_generation WHERE collection = ? AND complete "
                     + "ORDER BY id DESC LIMIT 1")) {
            ps.setString(1, collection);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new PublishedGeneration(rs.getLong(1), collection, rs.getString(2))) : Optional.empty();
            }
        }
    }

    /** The collections that have a published generation. */
    public List<String> collections() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT DISTINCT collection FROM index_generation WHERE complete ORDER BY collection");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /** Writes every file of {@code generation} under {@code target}, checking each one's size and SHA-256. */
    public void download(PublishedGeneration generation, Path target) throws IOException, SQLException {
        Files.createDirectories(target);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            List<String[]> manifest = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT path, size, sha256 FROM index_file WHERE generation_id = ? ORDER BY path")) {
                ps.setLong(1, generation.id());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        manifest.add(new String[] {rs.getString(1), Long.toString(rs.getLong(2)), rs.getString(3)});
                    }
                }
            }
            if (manifest.isEmpty()) {
                throw new IOException("generation " + generation.name() + " has no files (removed meanwhile?)");
            }
            for (String[] entry : manifest) {
                Path file = target.resolve(entry[0]).normalize();
                if (!file.startsWith(target)) {
                    throw new IOException("refusing a file outside the generation: " + entry[0]);
                }
                fetch(c, generation.id(), entry[0], file, Long.parseLong(entry[1]), entry[2]);
            }
            c.commit();
        }
    }

    private static void store(Connection c, long id, String path, Path file) throws IOException, SQLException {
        String sha256;
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256());
             PreparedStatement chunk = c.prepareStatement("INSERT INTO index_chunk (generation_id, path, seq, data) VALUES (?, ?, ?, ?)")) {
            update(c, "INSERT INTO index_file (generation_id, path, size, sha256) VALUES (?, ?, ?, '')", id, path, Files.size(file));
            byte[] buffer = new byte[CHUNK];
            int seq = 0;
            int n;
            while ((n = in.readNBytes(buffer, 0, CHUNK)) > 0) {
                chunk.setLong(1, id);
                chunk.setString(2, path);
                chunk.setInt(3, seq++);
                chunk.setBytes(4, n == CHUNK ? buffer : java.util.Arrays.copyOf(buffer, n));
                chunk.executeUpdate();
            }
            sha256 = HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        }
        update(c, "UPDATE index_file SET sha256 = ? WHERE generation_id = ? AND path = ?", sha256, id, path);
    }

    private static void fetch(Connection c, long id, String path, Path file, long size, String sha256)
            throws IOException, SQLException {
        MessageDigest digest = sha256();
        long written = 0;
        Files.createDirectories(file.getParent());
        try (PreparedStatement ps = c.prepareStatement("SELECT data FROM index_chunk WHERE generation_id = ? AND path = ? ORDER BY seq");
             OutputStream out = Files.newOutputStream(file)) {
            ps.setFetchSize(4);
            ps.setLong(1, id);
            ps.setString(2, path);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byte[] data = rs.getBytes(1);
                    digest.update(data);
                    out.write(data);
                    written += data.length;
                }
            }
        }
        String actual = HexFormat.of().formatHex(digest.digest());
        if (written != size || !actual.equals(sha256)) {
            throw new IOException("file " + path + " of the published generation is damaged (" + written + " of " + size
                    + " bytes, SHA-256 " + (actual.equals(sha256) ? "matches" : "differs") + ")");
        }
    }

    private static List<Path> files(Path generation) throws IOException {
        try (Stream<Path> walk = Files.walk(generation)) {
            return walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("write.lock")).sorted().toList();
        }
    }

    private static void update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.execute();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
