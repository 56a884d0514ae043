package org.salus.assistant.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/** A schema of its own on the test PostgreSQL server ({@code SALUS_TEST_PG_URL}, as {@code .ci/run} starts it). */
record ClusterDatabaseForTests(String schema) {

    static final String URL = System.getenv("SALUS_TEST_PG_URL");
    static final String USER = System.getenv("SALUS_TEST_PG_USER");
    static final String PASSWORD = System.getenv("SALUS_TEST_PG_PASSWORD");

    static ClusterDatabaseForTests create(String prefix) throws SQLException {
        ClusterDatabaseForTests db = new ClusterDatabaseForTests(prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); var s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + db.schema);
        }
        return db;
    }

    String url() {
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), USER, PASSWORD);
    }

    long count(String sql) throws SQLException {
        try (Connection c = connect(); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    void execute(String sql) throws SQLException {
        try (Connection c = connect(); var s = c.createStatement()) {
            s.execute(sql);
        }
    }

    void drop() throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); var s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
