package dev.crossroads.app.cli;

import dev.crossroads.store.PostgresServer;

/** {@code crossroads import} on PostgreSQL, each test in its own schema; skipped when no server can be had. */
class ImportCommandPostgresIT extends ImportCommandContract {
    @org.junit.jupiter.api.AfterAll
    static void stopServer() throws Exception {
        PostgresServer.stopEmbedded();
    }

    @Override
    String newDatabaseUrl() throws Exception {
        return PostgresServer.newSchemaUrl();
    }

    @Override
    void dropDatabase(String url) throws Exception {
        PostgresServer.dropSchema(url);
    }
}
