package dev.crossroads.store;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The Crossroads database: SQLite (one file, the default) or PostgreSQL, migrated to the current
 * schema when opened.
 *
 * <pre>{@code
 * try (Store store = Store.open(Store.defaultUrl())) {
 *   store.packs().savePack(pack);
 *   IngestResult r = store.events().ingest(batch);
 * }
 * }</pre>
 *
 * <p>Every operation opens its own connection, so a store may be shared between threads. SQLite
 * connections enforce foreign keys, use WAL journaling and wait up to 10 s for a lock held by
 * another writer.
 */
public final class Store implements AutoCloseable {
    /** Environment variable that overrides {@link #defaultUrl()}. */
    public static final String ENV_DB = "CROSSROADS_DB";

    private final Db db;
    private final PackRepository packs;
    private final EventRepository events;
    private final RunRepository runs;
    private final ScenarioRepository scenarios;

    private Store(Db db, Clock clock) {
        this.db = db;
        this.packs = new PackRepository(db);
        this.events = new EventRepository(db);
        this.runs = new RunRepository(db, clock);
        this.scenarios = new ScenarioRepository(db);
    }

    /**
     * Opens the database at {@code url} and migrates it to the current schema.
     *
     * @param url {@code jdbc:sqlite:PATH} (parent folders are created) or {@code
     *     jdbc:postgresql://HOST:PORT/DB?user=U&password=P}
     * @throws StoreException if the URL is unsupported, the database cannot be reached, or migration
     *     fails; the message says what to do
     */
    public static Store open(String url) {
        return open(url, Clock.systemUTC());
    }

    /** As {@link #open(String)}, with the clock used to stamp runs. */
    static Store open(String url, Clock clock) {
        Db db = Db.connect(url);
        migrate(db);
        return new Store(db, clock);
    }

    private static void migrate(Db db) {
        try {
            Flyway.configure(Store.class.getClassLoader())
                    .dataSource(db.dataSource())
                    .locations("classpath:db/migration")
                    .loggers(FlywayLogBridge.class.getName())
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException(
                    "cannot migrate database "
                            + db.displayUrl()
                            + " to the current schema: "
                            + e.getMessage()
                            + " If the database was written by a newer Crossroads, upgrade Crossroads or use"
                            + " another database.",
                    e);
        }
    }

    /**
     * The database URL to use when none is given: the value of the environment variable {@value
     * #ENV_DB} if set (a JDBC URL, or a file path taken as SQLite), else {@code
     * jdbc:sqlite:${user.home}/.crossroads/crossroads.db}.
     */
    public static String defaultUrl() {
        return defaultUrl(System.getenv(), System.getProperty("user.home"));
    }

    static String defaultUrl(Map<String, String> env, String userHome) {
        String configured = env.get(ENV_DB);
        if (configured != null && !configured.isBlank()) {
            String value = configured.strip();
            return value.startsWith("jdbc:") ? value : Db.SQLITE_PREFIX + value;
        }
        return Db.SQLITE_PREFIX + Path.of(userHome, ".crossroads", "crossroads.db");
    }

    /** The URL this store was opened with, any password replaced by {@code ***}. */
    public String url() {
        return db.displayUrl();
    }

    Db db() {
        return db;
    }

    /** Region packs and their sources. */
    public PackRepository packs() {
        return packs;
    }

    /** Articles and events. */
    public EventRepository events() {
        return events;
    }

    /** Computation runs. */
    public RunRepository runs() {
        return runs;
    }

    /** Saved scenarios. */
    public ScenarioRepository scenarios() {
        return scenarios;
    }

    /** Closes the store; later operations throw {@link StoreException}. Idempotent. */
    @Override
    public void close() {
        db.close();
    }
}
