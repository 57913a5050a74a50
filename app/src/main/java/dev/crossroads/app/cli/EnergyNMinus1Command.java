package dev.crossroads.app.cli;

import static dev.crossroads.app.cli.EnergyCommand.musd;
import static dev.crossroads.app.cli.EnergyCommand.n2;

import dev.crossroads.app.cli.EnergyCommand.Common;
import dev.crossroads.app.cli.EnergyCommand.Sub;
import dev.crossroads.energy.EnergyEngine;
import dev.crossroads.energy.GasNetwork;
import dev.crossroads.energy.NMinus1Result;
import java.io.PrintWriter;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "n-1",
        mixinStandardHelpOptions = true,
        description = "Every pipeline, swap and node out in turn, ranked by the netback lost.")
final class EnergyNMinus1Command extends Sub {
    @Mixin
    Common c;

    @Option(
            names = "--top",
            defaultValue = "15",
            description = "How many to show (0 = all; default: ${DEFAULT-VALUE}).")
    int top;

    @Option(
            names = "--base",
            paramLabel = "reported|optimum",
            description =
                    "Base case: the year's reported deliveries held as minimum volumes (default when the pack reports the year), or the model's free optimum.")
    String base;

    @Option(
            names = "--cold",
            description = "Rebuild and re-solve the LP for every outage instead of reusing the basis.")
    boolean cold;

    @Override
    int execute() {
        NMinus1Result r =
                run(c.engine, c.based(base), top, !cold, c.spec.commandLine().getErr());
        return print(c, r);
    }

    /** Runs an N-1 with a progress bar on stderr when it takes more than a second. */
    static NMinus1Result run(EnergyEngine engine, GasNetwork net, int top, boolean warm, PrintWriter err) {
        long start = System.nanoTime();
        ProgressBar[] bar = new ProgressBar[1];
        try {
            return engine.nMinus1(net, top, warm, (done, total) -> {
                if (bar[0] == null && System.nanoTime() - start > 1_000_000_000L && done < total) {
                    bar[0] = new ProgressBarBuilder()
                            .setTaskName("N-1 " + net.name())
                            .setInitialMax(total)
                            .setStyle(ProgressBarStyle.ASCII)
                            .build();
                }
                if (bar[0] != null) {
                    bar[0].stepTo(done);
                }
            });
        } finally {
            if (bar[0] != null) {
                bar[0].close();
            }
        }
    }

    static int print(Common c, NMinus1Result r) {
        if (c.json(r)) {
            return 0;
        }
        TextTable t = new TextTable(
                        "rank", "kind", "id", "country", "lostNetbackMusd", "lostBcm", "shortfallBcm", "marketsHit")
                .right(0, 4, 5, 6);
        r.ranking()
                .forEach(o -> t.add(
                        o.rank(),
                        o.kind(),
                        o.id(),
                        o.country(),
                        musd(o.lostNetbackUsd()),
                        n2(o.lostBcm()),
                        n2(o.shortfallBcm()),
                        String.join(" ", o.marketsHit())));
        if (c.format == Format.CSV) {
            c.out().print(t.csv());
            c.out().flush();
            return 0;
        }
        c.out()
                .printf(
                        Locale.ROOT,
                        "N-1 %s %d: %d outages in %.0f ms (%d LP solves, %s), base netback $%s million%n%n",
                        r.network(),
                        r.year(),
                        r.outagesSolved(),
                        r.elapsedMillis(),
                        r.lpSolves(),
                        r.warmStart() ? "basis reuse; outages without flow skipped" : "cold re-solves",
                        musd(r.baseNetbackUsd()));
        c.out().print(t.text());
        c.out().flush();
        return 0;
    }
}
