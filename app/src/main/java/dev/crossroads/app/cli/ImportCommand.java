package dev.crossroads.app.cli;

import dev.crossroads.app.service.EventImport;
import dev.crossroads.app.service.Json;
import dev.crossroads.relations.imports.ImportFilter;
import dev.crossroads.relations.imports.ImportFormat;
import dev.crossroads.store.Store;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code crossroads import gdelt|polecat|icews|acled FILE...}: loads event files of a published format into the
 * store, one transaction per file. Idempotent (a re-run adds nothing). By default a file with a bad row is not
 * stored at all and every bad row is listed with its line; {@code --skip-bad} stores the good rows instead.
 * Exit 1 when any row was bad.
 */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Import event data: GDELT 2.0 Events (61 columns) and Mentions (16), POLECAT, ICEWS, ACLED CSV.",
            "Each file is stored in one transaction; re-runs add nothing. A bad row fails its file (nothing of it",
            "is stored) and is listed with its line, unless --skip-bad. Files may be plain, .gz or .zip."
        })
public final class ImportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FORMAT", description = "gdelt, polecat, icews or acled.")
    String format;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = "Event files.")
    List<Path> files;

    @Mixin
    DbOption db;

    @Option(names = "--from", paramLabel = "DATE", description = "Keep events on or after this date.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Keep events on or before this date.")
    String to;

    @Option(
            names = "--actors",
            paramLabel = "ISO3,...",
            split = ",",
            description = "Keep events in which one of these states takes part (actor or mediator).")
    List<String> actors;

    @Option(names = "--skip-bad", description = "Store a file's good rows and report its bad ones.")
    boolean skipBad;

    @Option(
            names = "--format",
            defaultValue = "table",
            description = "Output: table or json (default: ${DEFAULT-VALUE}).")
    Format output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ImportFormat f;
        try {
            f = ImportFormat.of(format);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        Set<String> states = new LinkedHashSet<>();
        if (actors != null) {
            actors.stream()
                    .map(a -> a.strip().toUpperCase(Locale.ROOT))
                    .filter(a -> !a.isEmpty())
                    .forEach(states::add);
        }
        ImportFilter filter;
        try {
            filter = new ImportFilter(date("--from", from), date("--to", to), states);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EventImport.Outcome outcome;
        try (Store store = db.open()) {
            outcome = new EventImport(store, f, filter, skipBad).run(files, o -> {
                for (String b : o.bad()) {
                    err.println(o.file() + ": " + b);
                }
                if (o.badRows() > o.bad().size()) {
                    err.printf(
                            Locale.ROOT,
                            "%s: ... and %,d more bad rows%n",
                            o.file(),
                            o.badRows() - o.bad().size());
                }
                if (!o.loaded()) {
                    err.printf(
                            Locale.ROOT,
                            "%s: NOT stored: %,d bad rows (fix them, or rerun with --skip-bad to store the rest)%n",
                            o.file(),
                            o.badRows());
                }
                err.flush();
                if (output == Format.TABLE) {
                    out.println(line(o));
                    out.flush();
                }
            });
            if (output == Format.JSON) {
                out.println(Json.write(outcome));
            } else {
                out.printf(Locale.ROOT, "into %s%n", store.url());
            }
        }
        out.flush();
        return outcome.clean() ? 0 : 1;
    }

    static String line(EventImport.FileOutcome o) {
        if (o.kind().equals("mentions")) {
            return String.format(
                    Locale.ROOT,
                    "%s: %,d mentions: %,d stored, %,d skipped (event not stored or mention known)%s",
                    o.file(),
                    o.rows(),
                    o.reports(),
                    o.reportsSkipped(),
                    bad(o));
        }
        return String.format(
                Locale.ROOT,
                "%s: %,d rows: %,d events added, %,d already stored, %,d left out (not two states or filtered)%s",
                o.file(),
                o.rows(),
                o.added(),
                o.duplicates(),
                o.filtered(),
                bad(o));
    }

    private static String bad(EventImport.FileOutcome o) {
        if (o.badRows() == 0) {
            return "";
        }
        return o.loaded()
                ? String.format(Locale.ROOT, "; %,d bad rows skipped", o.badRows())
                : String.format(Locale.ROOT, "; NOT stored: %,d bad rows", o.badRows());
    }

    private static Optional<LocalDate> date(String option, String value) {
        return Optional.ofNullable(value).map(v -> RelationsData.date(option, v));
    }
}
