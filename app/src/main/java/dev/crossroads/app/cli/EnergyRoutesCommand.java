package dev.crossroads.app.cli;

import static dev.crossroads.app.cli.EnergyCommand.n2;

import dev.crossroads.app.cli.EnergyCommand.Common;
import dev.crossroads.app.cli.EnergyCommand.Sub;
import dev.crossroads.energy.GasNetwork;
import dev.crossroads.energy.RouteOptions;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "routes",
        mixinStandardHelpOptions = true,
        description = "The k cheapest routes (by tariff) from a field to a market.")
final class EnergyRoutesCommand extends Sub {
    @Mixin
    Common c;

    @Option(names = "--from", required = true, paramLabel = "FIELD", description = "Field id.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "MARKET", description = "Market id.")
    String to;

    @Option(names = "-k", defaultValue = "3", description = "How many routes (default: ${DEFAULT-VALUE}).")
    int k;

    @Override
    int execute() {
        GasNetwork net = c.network();
        RouteOptions r = c.engine.routes(net, from, to, k);
        if (c.json(r)) {
            return 0;
        }
        TextTable t = new TextTable(
                        "rank",
                        "arcs",
                        "bottleneckBcm",
                        "bottleneckArc",
                        "tariffUsdPerKcm",
                        "lengthKm",
                        "transitCountries",
                        "deliveredShare",
                        "netbackUsdPerKcm")
                .right(0, 2, 4, 5, 7, 8);
        r.routes()
                .forEach(x -> t.add(
                        x.rank(),
                        String.join(" > ", x.arcs()),
                        n2(x.bottleneckBcm()),
                        x.bottleneckArc(),
                        n2(x.tariffUsdPerKcm()),
                        length(net, x),
                        String.join(" ", x.transitCountries()),
                        String.format(Locale.ROOT, "%.3f", x.deliveredShare()),
                        n2(x.netbackUsdPerKcm())));
        c.out().print(t.render(c.format));
        c.out().flush();
        if (c.format == Format.TABLE && r.routes().isEmpty()) {
            c.out().println("No route with capacity from " + from + " to " + to + ".");
        }
        return 0;
    }

    /**
     * A route's length for people: the sum of its pipelines' lengths, "at least" that sum when some pipeline has no
     * length in the pack, and swaps (gas exchanged, not carried) left out and said so.
     */
    static String length(GasNetwork net, RouteOptions.Route route) {
        if (route.lengthKm().isPresent()) {
            return String.format(Locale.ROOT, "%,.0f", route.lengthKm().getAsDouble());
        }
        double known = 0;
        int unknown = 0;
        int swaps = 0;
        for (String id : route.arcs()) {
            Optional<GasNetwork.Arc> a = net.arc(id);
            if (a.isPresent() && a.get().kind() == GasNetwork.ArcKind.SWAP) {
                swaps++;
            } else if (a.isPresent() && a.get().lengthKm().isPresent()) {
                known += a.get().lengthKm().getAsDouble();
            } else {
                unknown++;
            }
        }
        String notes = (unknown > 0 ? unknown + " without a length" : "")
                + (unknown > 0 && swaps > 0 ? ", " : "")
                + (swaps > 0 ? swaps + " swap" + (swaps > 1 ? "s" : "") : "");
        return (unknown > 0 ? ">= " : "") + String.format(Locale.ROOT, "%,.0f", known) + " (" + notes + ")";
    }
}
