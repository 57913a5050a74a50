package dev.crossroads.app.cli;

/** {@code crossroads import} on a temporary SQLite file. */
class ImportCommandTest extends ImportCommandContract {
    @Override
    String newDatabaseUrl() {
        return "jdbc:sqlite:" + dir.resolve("import.db");
    }
}
