package dev.crossroads.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on SQLite, each test in its own file under a temporary folder. */
class SqliteStoreTest extends StoreContract {
    @TempDir
    Path dir;

    @Override
    String newDatabaseUrl() {
        return "jdbc:sqlite:" + dir.resolve("nested/folder/crossroads.db");
    }
}
