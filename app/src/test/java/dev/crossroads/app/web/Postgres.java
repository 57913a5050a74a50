package dev.crossroads.app.web;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * PostgreSQL for the app's integration tests: the server named by {@value #ENV} (CI), else an embedded one
 * started once per JVM; skipped with a message when neither is available.
 */
final class Postgres {
    static final String ENV = "CROSSROADS_TEST_PG_URL";
    private static String adminUrl;
    private static String unavailable;

    private Postgres() {
    }

    static synchronized String adminUrl() {
        if (adminUrl == null && unavailable == null) {
            String configured = System.getenv(ENV);
            if (configured != null && !configured.isBlank()) {
                adminUrl = configured.strip();
            } else {
                try {
                    EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                        try {
                            pg.close();
                        } catch (Exception ignored) {
                            // exiting
                        }
                    }));
                    adminUrl = pg.getJdbcUrl("postgres", "postgres");
                } catch (Exception | LinkageError e) {
                    unavailable = "PostgreSQL API tests skipped: " + ENV + " is not set and the embedded PostgreSQL "
                            + "could not start (" + e + ")";
                }
            }
        }
        Assumptions.assumeTrue(unavailable == null, () -> unavailable);
        return adminUrl;
    }

    /** A URL whose default schema is a new, empty one. */
    static String newSchemaUrl() throws SQLException {
        String admin = adminUrl();
        String schema = "crossroads_web_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(admin); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return admin + (admin.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
}
