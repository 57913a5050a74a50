package dev.crossroads.app.web;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The API contract on SQLite (the default store). */
class SqliteApiTest extends ApiContract {
    @TempDir
    Path tmp;

    @Override
    String newDatabase() {
        return "jdbc:sqlite:" + tmp.resolve("crossroads.db");
    }
}
