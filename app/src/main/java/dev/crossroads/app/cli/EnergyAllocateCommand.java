package dev.crossroads.app.cli;

import static dev.crossroads.app.cli.EnergyCommand.musd;
import static dev.crossroads.app.cli.EnergyCommand.n2;

import dev.crossroads.app.cli.EnergyCommand.Common;
import dev.crossroads.app.cli.EnergyCommand.Sub;
import dev.crossroads.energy.AllocationResult;
import dev.crossroads.energy.GasNetwork;
import dev.crossroads.scenario.GasBaseCase;
import dev.crossroads.scenario.GasInputCaveats;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "allocate",
        mixinStandardHelpOptions = true,
        description = {
            "Maximise netback for a year: deliveries per market, flows, binding constraints and shadow prices.",
            "The base case is that of disrupt, metrics and GET /api/energy/allocate: the year's reported "
                    + "deliveries held as minimum volumes where the pack reports the year, else the free optimum."
        })
final class EnergyAllocateCommand extends Sub {
    @Mixin
    Common c;

    @Option(
            names = "--base",
            paramLabel = "reported|optimum",
            description = "Base case: the year's reported deliveries held as minimum volumes (default when the pack "
                    + "reports the year), or the model's free optimum (prices and capacities alone decide).")
    String base;

    @Override
    int execute() {
        GasNetwork net = c.based(base);
        AllocationResult r = c.engine.allocate(net);
        List<GasInputCaveats.Caveat> caveats = c.caveats(net, r);
        String baseLabel = GasBaseCase.baseOf(net).label();
        if (!c.json(r, caveats, baseLabel)) {
            print(c, r, baseLabel);
            if (c.format == Format.TABLE) {
                c.printCaveats(caveats);
            }
        }
        return r.status() == AllocationResult.Status.OPTIMAL ? 0 : 1;
    }

    private static void print(Common c, AllocationResult r, String baseLabel) {
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
                EnergyCommand.musdText(r.netbackUsd()),
                r.deliveredBcm());
        out.println(
                baseLabel.equals("reported")
                        ? "Base case: reported — the year's reported deliveries are held as minimum volumes; "
                                + "--base optimum lets prices and capacities alone decide."
                        : "Base case: optimum — prices and capacities alone decide (no reported deliveries held).");
        out.println();
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
