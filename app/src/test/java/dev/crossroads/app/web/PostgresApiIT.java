package dev.crossroads.app.web;

/** The API contract on PostgreSQL (the shared-server store). */
class PostgresApiIT extends ApiContract {
    @Override
    String newDatabase() throws Exception {
        return Postgres.newSchemaUrl();
    }
}
