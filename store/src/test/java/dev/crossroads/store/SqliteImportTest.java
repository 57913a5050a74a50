package dev.crossroads.store;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;

/** The import contract on SQLite, each database a file under a temporary folder. */
class SqliteImportTest extends ImportContract {
    @TempDir
    Path dir;

    private final AtomicInteger n = new AtomicInteger();

    @Override
    String newDatabaseUrl() {
        return "jdbc:sqlite:" + dir.resolve("db" + n.incrementAndGet() + ".db");
    }
}
