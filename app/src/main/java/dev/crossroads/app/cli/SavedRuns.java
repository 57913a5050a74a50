package dev.crossroads.app.cli;

import dev.crossroads.app.service.ProgrammeRuns;
import dev.crossroads.app.service.ProgrammeRuns.SavedRun;
import dev.crossroads.app.service.ServiceException;
import dev.crossroads.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * A programme run named on the command line: the id of a run in the store ({@code --db}, default the SQLite file
 * the other commands use) or, as before the store kept them, the path of a run file ({@code .json}).
 */
final class SavedRuns {
    private SavedRuns() {}

    /** The run {@code run} names: a file path, or an id in the store. */
    static SavedRun read(String run, DbOption db) {
        if (ProgrammeRuns.isFile(run)) {
            return ProgrammeRuns.readFile(Path.of(run));
        }
        ProgrammeRuns.checkId(run);
        Optional<Store> store = db.openIfPresent();
        if (store.isEmpty()) {
            throw ServiceException.notFound("no saved run " + run + ": the database " + db.url()
                    + " does not exist yet; save one with 'crossroads rebuild plan --save " + run + "'"
                    + " or load old run files with 'crossroads rebuild runs import'");
        }
        try (Store s = store.get()) {
            return new ProgrammeRuns(s, Clock.systemUTC()).get(run);
        }
    }

    /** Saves a run: to the file when {@code target} is a path, else in the store under the id {@code target}. */
    static String save(String target, SavedRun run, DbOption db) {
        if (ProgrammeRuns.isFile(target)) {
            ProgrammeRuns.writeFile(Path.of(target), run);
            return "saved run " + run.id() + " to " + target;
        }
        try (Store s = db.open()) {
            new ProgrammeRuns(s, Clock.systemUTC()).save(run);
            return "saved run " + run.id() + " in " + s.url();
        }
    }

    /** The newest programme run in the store, if there is a store and a run in it. */
    static Optional<SavedRun> latest(DbOption db) {
        Optional<Store> store = db.openIfPresent();
        if (store.isEmpty()) {
            return Optional.empty();
        }
        try (Store s = store.get()) {
            return new ProgrammeRuns(s, Clock.systemUTC()).latest();
        }
    }

    /** The id a run saved as {@code target} gets: the id itself, or the file name without {@code .json}. */
    static String idOf(String target) {
        if (ProgrammeRuns.isFile(target)) {
            return Path.of(target).getFileName().toString().replaceFirst("\\.json$", "");
        }
        return ProgrammeRuns.checkId(target);
    }
}
