package dev.crossroads.app.cli;

import dev.crossroads.store.Store;
import dev.crossroads.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --db URL} option of the commands that read or write the store. */
public final class DbOption {
    @Option(
            names = "--db",
            paramLabel = "URL",
            description = "Database: jdbc:sqlite:FILE or jdbc:postgresql://... "
                    + "(default: $CROSSROADS_DB, else ~/.crossroads/crossroads.db).")
    String url;

    public String url() {
        return url != null ? url : Store.defaultUrl();
    }

    public Store open() {
        return open(url());
    }

    private static Store open(String url) {
        try {
            return Store.open(url);
        } catch (StoreException e) {
            throw new UserException(e.getMessage());
        }
    }

    /**
     * The store, unless no --db was given and the default SQLite file does not exist yet (then the commands
     * that only read events work from the pack alone).
     */
    public Optional<Store> openIfPresent() {
        String u = url();
        if (url == null
                && u.startsWith("jdbc:sqlite:")
                && !Files.exists(Path.of(u.substring("jdbc:sqlite:".length())))) {
            return Optional.empty();
        }
        return Optional.of(open(u));
    }
}
