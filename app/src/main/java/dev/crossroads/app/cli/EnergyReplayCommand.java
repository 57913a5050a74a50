package dev.crossroads.app.cli;

import static dev.crossroads.app.cli.EnergyCommand.n2;

import dev.crossroads.app.cli.EnergyCommand.Common;
import dev.crossroads.app.cli.EnergyCommand.Sub;
import dev.crossroads.energy.GasNetwork;
import dev.crossroads.energy.ReplayResult;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
        name = "replay",
        mixinStandardHelpOptions = true,
        description =
                "Fix deliveries to the pack's reported volumes for a year, check the network carries them, compare with the optimum.")
final class EnergyReplayCommand extends Sub {
    @Mixin
    Common c;

    @Override
    int execute() {
        GasNetwork net = c.network();
        Map<String, Double> reported = c.reported(net);
        ReplayResult r = c.engine.replay(net, reported);
        if (c.json(r)) {
            return r.carried() ? 0 : 1;
        }
        TextTable t = new TextTable(
                        "market", "group", "reportedBcm", "replayBcm", "optimumBcm", "differenceBcm", "reason")
                .right(2, 3, 4, 5);
        r.markets()
                .forEach(m -> t.add(
                        m.market(),
                        m.group(),
                        m.reportedBcm().isPresent() ? n2(m.reportedBcm().getAsDouble()) : "-",
                        n2(m.replayBcm()),
                        n2(m.optimumBcm()),
                        n2(m.differenceBcm()),
                        m.reason()));
        if (c.format == Format.CSV) {
            c.out().print(t.csv());
            c.out().flush();
            return r.carried() ? 0 : 1;
        }
        PrintWriter out = c.out();
        out.printf(
                Locale.ROOT,
                "Replay %d: %s%n%n",
                r.year(),
                r.carried() ? "PASS, the network carries the reported deliveries" : "FAIL");
        out.print(t.text());
        out.flush();
        out.println();
        TextTable g = new TextTable("group", "markets", "reportedBcm", "replayBcm", "optimumBcm", "differenceBcm")
                .right(2, 3, 4, 5);
        r.groups()
                .forEach(x -> g.add(
                        x.group(),
                        String.join("+", x.markets()),
                        n2(x.reportedBcm()),
                        n2(x.replayBcm()),
                        n2(x.optimumBcm()),
                        n2(x.differenceBcm())));
        out.print(g.text());
        out.flush();
        out.println();
        out.println("Binding in the replay:");
        r.replayBinding().forEach(b -> out.println("  " + b.meaning()));
        out.println();
        r.explanation().forEach(out::println);
        return r.carried() ? 0 : 1;
    }
}
