package dev.crossroads.app.cli;

import static dev.crossroads.app.cli.EnergyCommand.musd;
import static dev.crossroads.app.cli.EnergyCommand.n2;

import dev.crossroads.app.cli.EnergyCommand.Common;
import dev.crossroads.app.cli.EnergyCommand.Sub;
import dev.crossroads.energy.AllocationResult;
import dev.crossroads.energy.GasNetwork;
import dev.crossroads.scenario.GasInputCaveats;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
        name = "allocate",
        mixinStandardHelpOptions = true,
        description =
                "Maximise netback for a year: deliveries per market, flows, binding constraints and shadow prices.")
final class EnergyAllocateCommand extends Sub {
    @Mixin
    Common c;

    @Override
    int execute() {
        GasNetwork net = c.network();
        AllocationResult r = c.engine.allocate(net);
        List<GasInputCaveats.Caveat> caveats = c.caveats(net, r);
        if (!c.json(r, caveats)) {
            print(c, r);
            if (c.format == Format.TABLE) {
                c.printCaveats(caveats);
            }
        }
        return r.status() == AllocationResult.Status.OPTIMAL ? 0 : 1;
    }

    private static void print(Common c, AllocationResult r) {
        PrintWriter out = c.out();
        TextTable markets = new TextTable(
                        "market",
                        "country",
                        "deliveredBcm",
                        "demandCapBcm",
                        "contractMinBcm",
                        "priceUsdPerKcm",
                        "netbackMusd",
                        "shadowPriceUsdPerKcm")
                .right(2, 3, 4, 5, 6, 7);
        for (AllocationResult.MarketDelivery d : r.deliveries()) {
            markets.add(
                    d.market(),
                    d.country(),
                    n2(d.deliveredBcm()),
                    n2(d.demandCapBcm()),
                    n2(d.contractMinBcm()),
                    n2(d.priceUsdPerKcm()),
                    musd(d.netbackUsd()),
                    n2(d.shadowPriceUsdPerKcm()));
        }
        if (c.format == Format.CSV) {
            out.print(markets.csv());
            out.flush();
            return;
        }
        out.printf(
                Locale.ROOT,
                "Allocation %s %d: %s, netback $%s million, %.2f bcm delivered%n%n",
                r.network(),
                r.year(),
                r.status(),
                musd(r.netbackUsd()),
                r.deliveredBcm());
        out.print(markets.text());
        out.flush();
        out.println();
        TextTable binding = new TextTable("binding", "id", "limitBcm", "shadowPriceUsdPerKcm", "meaning").right(2, 3);
        r.bindingConstraints()
                .forEach(b ->
                        binding.add(b.kind(), b.id(), n2(b.limitBcm()), n2(b.shadowPriceUsdPerKcm()), b.meaning()));
        out.print(binding.text());
        out.flush();
        out.println();
        TextTable flows = new TextTable("arc", "from", "to", "country", "flowBcm", "capacityBcm", "use").right(4, 5, 6);
        r.flows().stream()
                .filter(f -> f.flowBcm() > 1e-6)
                .forEach(f -> flows.add(
                        f.arc(),
                        f.from(),
                        f.to(),
                        f.country(),
                        n2(f.flowBcm()),
                        n2(f.capacityBcm()),
                        String.format(Locale.ROOT, "%.0f%%", f.utilisation() * 100)));
        out.print(flows.text());
        out.println();
        r.explanation().forEach(out::println);
    }
}
