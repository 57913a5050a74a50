package dev.crossroads.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on SQLite, run beside {@link PostgresStoreIT} so both face the same tests. */
class SqliteStoreIT extends StoreContract {
    @TempDir
    Path dir;

    @Override
    String newDatabaseUrl() {
        return "jdbc:sqlite:" + dir.resolve("crossroads.db");
    }
}
