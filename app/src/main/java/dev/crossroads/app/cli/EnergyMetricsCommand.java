package dev.crossroads.app.cli;

import static dev.crossroads.app.cli.EnergyCommand.n2;

import dev.crossroads.app.cli.EnergyCommand.Common;
import dev.crossroads.app.cli.EnergyCommand.Sub;
import dev.crossroads.energy.Disruption;
import dev.crossroads.energy.Diversification;
import dev.crossroads.energy.GasNetwork;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "metrics",
        mixinStandardHelpOptions = true,
        description =
                "Diversification: HHI over markets and transit countries, and each transit country's share of exports.")
final class EnergyMetricsCommand extends Sub {
    @Mixin
    Common c;

    @Option(
            names = "--base",
            paramLabel = "reported|optimum",
            description =
                    "Base case: the year's reported deliveries held as minimum volumes (default when the pack reports the year), or the model's free optimum.")
    String base;

    @Option(
            names = "--cut",
            split = ",",
            paramLabel = "ID",
            description = "Measure under this disruption instead of the base case.")
    List<String> cut = new ArrayList<>();

    @Option(
            names = "--transit",
            split = ",",
            paramLabel = "ISO3",
            description = "Measure with these transit countries cut.")
    List<String> transit = new ArrayList<>();

    @Override
    int execute() {
        Optional<Disruption> d = cut.isEmpty() && transit.isEmpty()
                ? Optional.empty()
                : Optional.of(EnergyCommand.disruption(cut, transit, 0, null));
        GasNetwork net = c.based(base);
        String home = c.loaded.meta().home();
        Diversification r = c.engine.metrics(net, d, Optional.of(home));
        if (c.json(r)) {
            return 0;
        }
        TextTable t = new TextTable("kind", "id", "volumeBcm", "share").right(2, 3);
        r.markets()
                .forEach(m -> t.add(
                        m.domestic() ? "domestic" : "market",
                        m.market(),
                        n2(m.deliveredBcm()),
                        m.domestic() ? "-" : String.format(Locale.ROOT, "%.3f", m.share())));
        r.transitCountries()
                .forEach(x -> t.add(
                        "transit",
                        x.country(),
                        n2(x.volumeBcm()),
                        String.format(Locale.ROOT, "%.3f", x.shareOfExports())));
        if (c.format == Format.CSV) {
            c.out().print(t.csv());
            c.out().flush();
            return 0;
        }
        String transitHhi = r.transitHhiDefined()
                ? String.format(
                        Locale.ROOT, "HHI transit countries %.0f (%s)", r.hhiTransitCountries(), r.transitReading())
                : "HHI transit countries: none (" + r.transitReading() + ")";
        c.out()
                .printf(
                        Locale.ROOT,
                        "Diversification (%s): %.2f bcm delivered, %.2f bcm exported; HHI export markets %.0f%s; %s"
                                + " (0-10000; above 2500 is highly concentrated)%n%n",
                        r.scenario(),
                        r.deliveredBcm(),
                        r.exportBcm(),
                        r.hhiMarkets(),
                        r.markets().stream().filter(m -> m.share() > 0).count() == 1
                                ? " (a single export market: fully concentrated)"
                                : "",
                        transitHhi);
        c.out().print(t.text());
        c.out().flush();
        c.out().println();
        c.out()
                .println(
                        "Transit share = share of exported gas that crossed the country (a delivery may cross several).");
        if (!r.domesticMarkets().isEmpty()) {
            c.out()
                    .println("Domestic (markets in the home country " + home
                            + ", not exports; left out of the market HHI): "
                            + String.join(", ", r.domesticMarkets()) + ".");
        }
        return 0;
    }
}
