package dev.crossroads.store;

import dev.crossroads.core.testing.Requirements;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * The PostgreSQL server for integration tests: the one named by {@value #ENV} (a JDBC URL with user
 * and password, e.g. a Debian cluster started by CI), else an embedded PostgreSQL (zonky) started
 * once per JVM. If neither is available the tests are skipped (failed under CI=true, see Requirements). If {@value #ENV} is set
 * but the server cannot be reached, the tests fail: CI asked for that server.
 */
public final class PostgresServer {
    public static final String ENV = "CROSSROADS_TEST_PG_URL";

    private static String adminUrl;
    private static String unavailable;
    private static EmbeddedPostgres embedded;

    private PostgresServer() {}

    /** A URL to connect as a user that may create schemas; skips the calling test if there is none. */
    public static synchronized String adminUrl() {
        if (adminUrl == null && unavailable == null) {
            String configured = System.getenv(ENV);
            if (configured != null && !configured.isBlank()) {
                adminUrl = configured.strip();
            } else {
                startEmbedded();
            }
        }
        Requirements.assume(unavailable == null, "PostgreSQL", String.valueOf(unavailable));
        return adminUrl;
    }

    private static void startEmbedded() {
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
            embedded = pg;
            adminUrl = pg.getJdbcUrl("postgres", "postgres");
        } catch (Exception | LinkageError e) {
            unavailable = ENV + " is not set and the embedded PostgreSQL could not start (" + e + "); set " + ENV
                    + " to a server's JDBC URL, see store/PG-CI.md";
        }
    }

    /**
     * Stops the embedded server, if one was started, while the tests still run: stopping it from a
     * shutdown hook made the forked test JVM exit late and non-zero on a loaded machine.
     */
    public static synchronized void stopEmbedded() throws java.io.IOException {
        if (embedded != null) {
            embedded.close();
            embedded = null;
            adminUrl = null;
        }
    }

    /** Creates an empty schema and returns a URL whose default schema it is. */
    public static String newSchemaUrl() throws SQLException {
        String admin = adminUrl();
        String schema =
                "crossroads_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(admin);
                Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return admin + (admin.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** Drops the schema made by {@link #newSchemaUrl()}. */
    public static void dropSchema(String url) throws SQLException {
        String schema = url.substring(url.lastIndexOf("currentSchema=") + "currentSchema=".length());
        if (!schema.toLowerCase(Locale.ROOT).matches("crossroads_it_[0-9a-f]{12}")) {
            throw new IllegalArgumentException("not a test schema: " + schema);
        }
        try (Connection c = DriverManager.getConnection(adminUrl());
                Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }
}
