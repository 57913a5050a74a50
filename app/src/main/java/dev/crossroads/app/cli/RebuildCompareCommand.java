package dev.crossroads.app.cli;

import dev.crossroads.app.service.Json;
import dev.crossroads.app.service.ProgrammeRuns.SavedRun;
import dev.crossroads.rebuild.RebuildEngine;
import dev.crossroads.rebuild.programme.Comparison;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crossroads rebuild compare}: two saved programme runs side by side. */
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        description = "Two saved runs side by side: service restored by year, cost, finish dates.")
final class RebuildCompareCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "RUN_A", description = "Run id in the database (--db) or a run file (.json).")
    String runA;

    @Parameters(index = "1", paramLabel = "RUN_B", description = "Run id in the database (--db) or a run file (.json).")
    String runB;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    DbOption db;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        RebuildCommand.tableOrJson(format);
        SavedRun a = SavedRuns.read(runA, db);
        SavedRun b = SavedRuns.read(runB, db);
        Comparison c = RebuildEngine.compare(a.id(), a.plan(), b.id(), b.plan());
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            out.print(Json.write(c));
            out.flush();
            return 0;
        }
        out.printf(
                Locale.ROOT,
                "A = %s: %s%nB = %s: %s%n%n",
                a.id(),
                String.join(" ", a.options()),
                b.id(),
                String.join(" ", b.options()));
        TextTable t =
                new TextTable("year", "service A", "service B", "B - A", "spend A", "spend B").right(1, 2, 3, 4, 5);
        for (Comparison.YearRow r : c.years()) {
            t.add(
                    r.year(),
                    String.format(Locale.ROOT, "%.1f%%", r.servicePercentA()),
                    String.format(Locale.ROOT, "%.1f%%", r.servicePercentB()),
                    String.format(Locale.ROOT, "%+.1f", r.servicePercentB() - r.servicePercentA()),
                    RebuildCommand.usd(r.spendUsdA()),
                    RebuildCommand.usd(r.spendUsdB()));
        }
        out.print(t.text());
        out.println();
        TextTable s = new TextTable("", "A", "B").right(1, 2);
        s.add(
                "packages done",
                c.a().packagesSelected() + "/" + c.a().packagesTotal(),
                c.b().packagesSelected() + "/" + c.b().packagesTotal());
        s.add("cost USD", RebuildCommand.usd(c.a().totalCostUsd()), RebuildCommand.usd(c.b().totalCostUsd()));
        s.add(
                "service restored (weighted person-months)",
                String.format(Locale.ROOT, "%.4g", c.a().serviceRestored()),
                String.format(Locale.ROOT, "%.4g", c.b().serviceRestored()));
        s.add("last package ends", c.a().finish(), c.b().finish());
        s.add("solver status", c.a().status(), c.b().status());
        s.add(
                "gap to bound",
                String.format(Locale.ROOT, "%.2f%%", a.plan().solve().gapPercent()),
                String.format(Locale.ROOT, "%.2f%%", b.plan().solve().gapPercent()));
        s.add("stopped by", a.plan().solve().stoppedBy(), b.plan().solve().stoppedBy());
        out.print(s.text());
        c.warnings().forEach(w -> out.println("WARNING: " + w));
        out.println();
        TextTable f = new TextTable("asset class", "done A", "done B", "finish A", "finish B").right(1, 2);
        c.finishByClass()
                .forEach(x -> f.add(
                        x.assetClass(),
                        x.doneA(),
                        x.doneB(),
                        x.finishA().isEmpty() ? "-" : x.finishA(),
                        x.finishB().isEmpty() ? "-" : x.finishB()));
        out.print(f.text());
        out.flush();
        return 0;
    }
}
