package dev.crossroads.app.cli;

import dev.crossroads.store.Store;
import picocli.CommandLine.Option;

/** The {@code --db URL} option: an SQLite file by default, or a PostgreSQL JDBC URL for a shared server. */
public final class DbOption {
    @Option(names = "--db", paramLabel = "URL",
            description = "Database: jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB?user=..&password=.. "
                    + "(default: $CROSSROADS_DB or ~/.crossroads/crossroads.db).")
    String url;

    public String url() {
        return url != null ? url : Store.defaultUrl();
    }

    public Store open() {
        return Store.open(url());
    }
}
