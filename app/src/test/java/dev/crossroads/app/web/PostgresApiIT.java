package dev.crossroads.app.web;

/** The API contract on PostgreSQL (the shared-server store). */
class PostgresApiIT extends ApiContract {
    @org.junit.jupiter.api.AfterAll
    static void stopServer() throws Exception {
        dev.crossroads.store.PostgresServer.stopEmbedded();
    }

    @Override
    String newDatabase() throws Exception {
        return dev.crossroads.store.PostgresServer.newSchemaUrl();
    }
}
