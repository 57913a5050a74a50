package dev.crossroads.app.cli;

import static dev.crossroads.app.cli.EnergyCommand.musd;
import static dev.crossroads.app.cli.EnergyCommand.n2;

import dev.crossroads.app.cli.EnergyCommand.Common;
import dev.crossroads.app.cli.EnergyCommand.Sub;
import dev.crossroads.energy.DisruptionResult;
import dev.crossroads.energy.GasNetwork;
import dev.crossroads.scenario.GasInputCaveats;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "disrupt",
        mixinStandardHelpOptions = true,
        description = "Cut or derate arcs, nodes or a transit country, re-solve and report the loss per market.")
final class EnergyDisruptCommand extends Sub {
    @Mixin
    Common c;

    @Option(names = "--cut", split = ",", paramLabel = "ID", description = "Pipeline, swap or node ids.")
    List<String> cut = new ArrayList<>();

    @Option(
            names = "--transit",
            split = ",",
            paramLabel = "ISO3",
            description = "Cut everything lying in these countries.")
    List<String> transit = new ArrayList<>();

    @Option(
            names = "--base",
            paramLabel = "reported|optimum",
            description =
                    "Base case: the year's reported deliveries held as minimum volumes (default when the pack reports the year), or the model's free optimum.")
    String base;

    @Option(
            names = "--remaining",
            defaultValue = "0",
            description = "Share of capacity left (0 = cut; 0.5 = derate by half).")
    double remaining;

    @Option(
            names = "--from",
            paramLabel = "DATE",
            description = "Date the disruption starts (counts for the rest of the year).")
    LocalDate from;

    @Override
    int execute() {
        GasNetwork net = c.based(base);
        DisruptionResult r = c.engine.disrupt(net, EnergyCommand.disruption(cut, transit, remaining, from));
        List<GasInputCaveats.Caveat> caveats = c.caveats(net, r.disrupted());
        if (c.json(r, caveats)) {
            return 0;
        }
        TextTable t = new TextTable(
                        "market",
                        "country",
                        "baseBcm",
                        "disruptedBcm",
                        "lostBcm",
                        "gainedBcm",
                        "valueLostMusd",
                        "netbackChangeMusd",
                        "shortfallBcm")
                .right(2, 3, 4, 5, 6, 7, 8);
        r.markets()
                .forEach(m -> t.add(
                        m.market(),
                        m.country(),
                        n2(m.baseBcm()),
                        n2(m.disruptedBcm()),
                        n2(m.volumeLostBcm()),
                        n2(m.volumeGainedBcm()),
                        musd(m.valueLostUsd()),
                        musd(m.disruptedNetbackUsd() - m.baseNetbackUsd()),
                        n2(m.shortfallBcm())));
        if (c.format == Format.CSV) {
            c.out().print(t.csv());
            c.out().flush();
            return 0;
        }
        PrintWriter out = c.out();
        double lost =
                r.markets().stream().mapToDouble(m -> Math.max(0, m.lostBcm())).sum();
        double gained =
                r.markets().stream().mapToDouble(m -> Math.max(0, -m.lostBcm())).sum();
        List<String> losers = r.markets().stream()
                .filter(m -> m.lostBcm() >= 0.005)
                .map(m -> String.format(Locale.ROOT, "%s %.2f of %.2f bcm", m.market(), m.lostBcm(), m.baseBcm()))
                .toList();
        double change = r.disruptedNetbackUsd() - r.baseNetbackUsd();
        out.printf(
                Locale.ROOT,
                "Disruption: %s%nLost: %s%s%n",
                r.scenario(),
                losers.isEmpty() ? "no market loses gas" : String.join("; ", losers),
                gained >= 0.005
                        ? String.format(
                                Locale.ROOT,
                                " (%.2f bcm lost in all; %.2f bcm goes to other markets instead)",
                                lost,
                                gained)
                        : String.format(Locale.ROOT, " (%.2f bcm in all)", lost));
        out.printf(
                Locale.ROOT,
                "The hub's netback over all markets: $%s million -> $%s million (%s%s million)%s%n%n",
                musd(r.baseNetbackUsd()),
                musd(r.disruptedNetbackUsd()),
                change >= 0 ? "+$" : "-$",
                musd(Math.abs(change)),
                change > 0
                        ? ": a rise, because the gas that no longer reaches the cut markets earns more elsewhere "
                                + "(no costlier route or obligation to serve them)"
                        : "");
        out.print(t.text());
        out.flush();
        out.println();
        r.explanation().forEach(out::println);
        out.println();
        out.println("lostBcm and valueLostMusd are what a market loses (volume, and its revenue at its price);"
                + " gainedBcm is gas that goes there instead; netbackChangeMusd is the hub's netback from that market"
                + " (disrupted less base), and their sum is the system change above, not a market's loss.");
        c.printCaveats(caveats);
        return 0;
    }
}
