package dev.crossroads.store;

/**
 * The store contract on PostgreSQL: each test in its own schema on the server from {@link
 * PostgresServer} (CROSSROADS_TEST_PG_URL, else embedded). Skipped when no server can be had.
 */
class PostgresStoreIT extends StoreContract {
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
