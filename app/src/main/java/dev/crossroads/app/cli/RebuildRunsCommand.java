package dev.crossroads.app.cli;

import dev.crossroads.app.service.ProgrammeRuns;
import dev.crossroads.app.service.ProgrammeRuns.SavedRun;
import dev.crossroads.store.Store;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crossroads rebuild runs list|import}: the saved programme runs in the database. */
@Command(
        name = "runs",
        mixinStandardHelpOptions = true,
        description = "Saved programme runs in the database: list them, import run files of earlier versions.",
        subcommands = {RebuildRunsCommand.ListCmd.class, RebuildRunsCommand.ImportCmd.class})
final class RebuildRunsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The saved programme runs, newest first.")
    static final class ListCmd implements Callable<Integer> {
        @Mixin
        DbOption db;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<SavedRun> runs;
            try (Store s = db.open()) {
                runs = new ProgrammeRuns(s, Clock.systemUTC()).list();
            }
            TextTable t = new TextTable("run", "from", "months", "packages", "service restored at the end", "options")
                    .right(2, 3, 4);
            for (SavedRun r : runs) {
                List<Double> curve = r.plan().serviceByMonth();
                t.add(
                        r.id(),
                        r.plan().startYear() + "-01",
                        r.plan().horizonMonths(),
                        r.plan().packagesSelected() + "/" + r.plan().packagesTotal(),
                        curve.isEmpty() ? "-" : String.format(Locale.ROOT, "%.1f%%", curve.get(curve.size() - 1)),
                        String.join(" ", r.options()));
            }
            out.print(runs.isEmpty() ? "no saved programme runs; save one with 'rebuild plan --save ID'\n" : t.text());
            out.flush();
            return 0;
        }
    }

    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = "Load run files (JSON, as 'rebuild plan --save' wrote them before the database kept them) "
                    + "into the database: every file is checked first, one bad file imports nothing; importing again "
                    + "changes nothing.")
    static final class ImportCmd implements Callable<Integer> {
        @Parameters(
                index = "0",
                arity = "0..1",
                paramLabel = "DIR",
                description = "Folder of run files (default: $CROSSROADS_RUNS, else ~/.crossroads/runs).")
        Path dir;

        @Option(names = "--replace", description = "Overwrite stored runs of the same id whose content differs.")
        boolean replace;

        @Mixin
        DbOption db;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Path from = dir != null ? dir : ProgrammeRuns.legacyDir();
            ProgrammeRuns.Imported r;
            try (Store s = db.open()) {
                r = new ProgrammeRuns(s, Clock.systemUTC()).importDir(from, replace);
                PrintWriter out = spec.commandLine().getOut();
                out.printf(
                        Locale.ROOT,
                        "%d run file(s) in %s: %d stored%s, %d already stored%s (database %s)%n",
                        r.files(),
                        from,
                        r.stored().size(),
                        r.stored().isEmpty() ? "" : " (" + String.join(", ", r.stored()) + ")",
                        r.unchanged().size(),
                        r.unchanged().isEmpty() ? "" : " (" + String.join(", ", r.unchanged()) + ")",
                        s.url());
                out.flush();
            }
            return 0;
        }
    }
}
