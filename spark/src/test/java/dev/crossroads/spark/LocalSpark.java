package dev.crossroads.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;

/** One embedded Spark session on {@code local[2]} for every test of the JVM (starting one takes seconds). */
final class LocalSpark {
    private static SparkSession session;

    private LocalSpark() {}

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSessions.open(Optional.of("local[2]"), "crossroads-tests");
            session.sparkContext().setLogLevel("WARN");
        }
        return session;
    }

    /** The repository's root (the tests run in the module folder). */
    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("corpus"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException(
                    "no corpus/ folder above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
