package org.salus.assistant.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.sql.DataSource;

/** Looks for seeded identifiers everywhere Salus could have put them: files (UTF-8 and UTF-16), text, database tables. */
final class PrivacyScan {

    private static final List<Charset> CHARSETS = List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE);

    private final List<String> seeds;

    PrivacyScan(List<String> seeds) {
        this.seeds = List.copyOf(seeds);
    }

    /** Every "seed in place" found under {@code dir}, binary-safe. */
    List<String> files(Path dir) {
        List<String> found = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                for (String seed : seeds) {
                    for (String form : Stream.of(seed, seed.toLowerCase(Locale.ROOT)).distinct().toList()) {
                        for (Charset charset : CHARSETS) {
                            if (indexOf(bytes, form.getBytes(charset)) >= 0) {
                                found.add(seed + " in " + dir.relativize(file) + " (" + charset + ")");
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    List<String> text(String where, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return seeds.stream().filter(s -> lower.contains(s.toLowerCase(Locale.ROOT))).map(s -> s + " in " + where).toList();
    }

    /** Every seed found in any column of any row of any table in the connection's current schema. */
    List<String> database(DataSource dataSource) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            if (tables.isEmpty()) {
                throw new IllegalStateException("no tables found in schema " + c.getSchema());
            }
            for (String table : tables) {
                StringBuilder all = new StringBuilder();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            all.append(rs.getString(i)).append('\u0001');
                        }
                    }
                }
                found.addAll(text("table " + table, all.toString()));
            }
        }
        return found;
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
