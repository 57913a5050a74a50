package dev.crossroads.store;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The database behind a {@link Store}: a data source, one connection per operation (no pool), and
 * the translation of {@link SQLException}s into {@link StoreException}s.
 */
final class Db {
    static final String SQLITE_PREFIX = "jdbc:sqlite:";
    static final String POSTGRES_PREFIX = "jdbc:postgresql:";
    static final int SQLITE_BUSY_TIMEOUT_MS = 10_000;

    enum Kind {
        SQLITE,
        POSTGRES
    }

    /** Work done on a connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;
    private final Kind kind;
    private final String displayUrl;
    private volatile boolean closed;

    private Db(DataSource dataSource, Kind kind, String displayUrl) {
        this.dataSource = dataSource;
        this.kind = kind;
        this.displayUrl = displayUrl;
    }

    /** Prepares a data source for {@code url} and checks that a connection can be opened. */
    static Db connect(String url) {
        if (url == null || url.isBlank()) {
            throw new StoreException("no database URL given. Use jdbc:sqlite:PATH or jdbc:postgresql://HOST:PORT/DB.");
        }
        Db db;
        if (url.startsWith(SQLITE_PREFIX)) {
            db = new Db(sqlite(url), Kind.SQLITE, redact(url));
        } else if (url.startsWith(POSTGRES_PREFIX)) {
            db = new Db(postgres(url), Kind.POSTGRES, redact(url));
        } else {
            throw new StoreException("unsupported database URL '"
                    + redact(url)
                    + "'. Use jdbc:sqlite:PATH or jdbc:postgresql://HOST:PORT/DB.");
        }
        try (Connection c = db.dataSource.getConnection()) {
            c.isValid(5);
        } catch (SQLException e) {
            throw new StoreException(
                    "cannot open database " + db.displayUrl + ": " + redactSecrets(describe(e), url), e);
        }
        return db;
    }

    private static DataSource sqlite(String url) {
        String rest = url.substring(SQLITE_PREFIX.length());
        int query = rest.indexOf('?');
        String path = query < 0 ? rest : rest.substring(0, query);
        if (path.isBlank() || path.contains(":memory:") || path.contains("mode=memory")) {
            throw new StoreException("in-memory SQLite databases are not supported ("
                    + url
                    + "): each operation opens its own connection. Use a file, e.g. jdbc:sqlite:/tmp/crossroads.db.");
        }
        if (path.startsWith("file:")) {
            path = path.substring("file:".length());
        }
        try {
            Path parent = Path.of(path).toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException | InvalidPathException e) {
            throw new StoreException(
                    "cannot create the folder for database "
                            + url
                            + ": "
                            + e
                            + ". Check the path and its permissions, or set CROSSROADS_DB to another location.",
                    e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setBusyTimeout(SQLITE_BUSY_TIMEOUT_MS);
        // BEGIN IMMEDIATE: a writer takes the write lock up front, so concurrent writers wait (busy
        // timeout) instead of failing when a read lock cannot be upgraded.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl(url);
        return ds;
    }

    private static DataSource postgres(String url) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        try {
            ds.setURL(url);
        } catch (IllegalArgumentException e) {
            throw new StoreException(
                    "invalid PostgreSQL URL '"
                            + redact(url)
                            + "': "
                            + redactSecrets(String.valueOf(e.getMessage()), url)
                            + ". Expected jdbc:postgresql://HOST:PORT/DB?user=U&password=P.",
                    e);
        }
        return ds;
    }

    DataSource dataSource() {
        return dataSource;
    }

    Kind kind() {
        return kind;
    }

    String displayUrl() {
        return displayUrl;
    }

    void close() {
        closed = true;
    }

    /** Runs {@code work} in auto-commit mode. {@code what} names the operation in error messages. */
    <T> T read(String what, Work<T> work) {
        try (Connection c = open()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException(what + " failed on " + displayUrl + ": " + describe(e), e);
        }
    }

    /**
     * Runs {@code work} in one transaction: commits if it returns, rolls back if it throws anything.
     */
    <T> T write(String what, Work<T> work) {
        try (Connection c = open()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (Throwable t) {
                try {
                    c.rollback();
                } catch (SQLException suppressed) {
                    t.addSuppressed(suppressed);
                }
                throw t;
            }
        } catch (SQLException e) {
            throw new StoreException(what + " failed on " + displayUrl + ": " + describe(e) + " Nothing was saved.", e);
        }
    }

    private Connection open() throws SQLException {
        if (closed) {
            throw new StoreException("the store for " + displayUrl + " is closed.");
        }
        return dataSource.getConnection();
    }

    /** A one-line explanation of {@code e} with a hint where one is known. */
    static String describe(SQLException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof ConnectException) {
            return "connection refused. Check the URL or start the server.";
        }
        if (root instanceof UnknownHostException) {
            return "unknown host " + root.getMessage() + ". Check the host name in the URL.";
        }
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("28")) {
            return "authentication failed. Check user and password in the URL.";
        }
        if (state.equals("3D000")) {
            return "the database does not exist. Create it (createdb NAME) or fix the URL.";
        }
        if (state.startsWith("08")) {
            return sentence(firstLine(e)) + " Check the URL or start the server.";
        }
        if (e instanceof SQLiteException sqlite) {
            SQLiteErrorCode code = sqlite.getResultCode();
            String name = code == null ? "" : code.name();
            if (name.startsWith("SQLITE_NOTADB")) {
                return "the file is not a SQLite database. Point the URL at another file.";
            }
            if (name.startsWith("SQLITE_CANTOPEN")
                    || name.startsWith("SQLITE_READONLY")
                    || name.startsWith("SQLITE_PERM")) {
                return sentence(firstLine(e)) + " Check that the file and its folder are writable.";
            }
            if (name.startsWith("SQLITE_BUSY") || name.startsWith("SQLITE_LOCKED")) {
                return "the database is locked by another process. Try again, or close the other program"
                        + " using it.";
            }
        }
        return sentence(firstLine(e));
    }

    private static String sentence(String s) {
        return s.endsWith(".") ? s : s + ".";
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null
                ? e.getClass().getSimpleName()
                : e.getMessage().strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl).strip();
    }

    private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)(password=)[^&;]*");
    private static final Pattern USER_INFO = Pattern.compile("(//[^/:@]*:)[^/@]*@");

    /**
     * {@code message} (e.g. a driver's error, which may quote the URL) with the URL's password removed: any
     * {@code password=} value or {@code user:password@} part, and the literal password wherever it appears.
     */
    static String redactSecrets(String message, String url) {
        String out = redact(message);
        java.util.regex.Matcher info = Pattern.compile("//[^/:@]*:([^/@]+)@").matcher(url);
        if (info.find() && info.group(1).length() >= 3) {
            out = out.replace(info.group(1), "***");
        }
        java.util.regex.Matcher param = Pattern.compile("(?i)password=([^&;]+)").matcher(url);
        while (param.find() && param.group(1).length() >= 3) {
            out = out.replace(param.group(1), "***");
        }
        return out;
    }

    /** {@code url} with any password replaced by {@code ***}. */
    static String redact(String url) {
        String r = PASSWORD_PARAM.matcher(url).replaceAll("$1***");
        return USER_INFO.matcher(r).replaceAll("$1***@");
    }
}
