package dev.crossroads.store;

/** The import contract on PostgreSQL (see {@link PostgresServer}); skipped when no server can be had. */
class PostgresImportIT extends ImportContract {
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
