package dev.crossroads.app.cli;

import dev.crossroads.app.service.Json;
import dev.crossroads.bench.energy.GasLibFiles;
import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.energy.AllocationResult;
import dev.crossroads.energy.Disruption;
import dev.crossroads.energy.DisruptionResult;
import dev.crossroads.energy.Diversification;
import dev.crossroads.energy.EnergyEngine;
import dev.crossroads.energy.EnergyException;
import dev.crossroads.energy.GasNetwork;
import dev.crossroads.energy.NMinus1Result;
import dev.crossroads.energy.ReplayResult;
import dev.crossroads.energy.RouteOptions;
import dev.crossroads.scenario.GasBaseCase;
import dev.crossroads.scenario.ScenarioException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crossroads energy ...}: gas allocation, replay, routes, disruptions, N-1, diversification, GasLib import. */
@Command(
        name = "energy",
        mixinStandardHelpOptions = true,
        description =
                "Gas exports: which markets, by which routes, how much, at what netback; disruptions and diversification.",
        subcommands = {
            EnergyCommand.Allocate.class,
            EnergyCommand.Replay.class,
            EnergyCommand.Routes.class,
            EnergyCommand.Disrupt.class,
            EnergyCommand.NMinus1.class,
            EnergyCommand.Metrics.class,
            EnergyCommand.ImportGasLib.class
        })
public final class EnergyCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Options every energy subcommand reading a pack shares. */
    static class Common {
        @Mixin
        PackOption pack;

        @Option(
                names = "--year",
                description = "The year to model (default: the latest year the pack reports deliveries for, "
                        + "else the pack's as-of year).")
        Integer year;

        @Option(
                names = "--format",
                description = "table, json or csv (default: ${DEFAULT-VALUE}).",
                defaultValue = "table")
        Format format;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        final EnergyEngine engine = new EnergyEngine();
        RegionPack loaded;

        /** The latest year with reported deliveries (the base case disruptions compare against), else the as-of year. */
        static int defaultYear(RegionPack p) {
            return GasBaseCase.defaultYear(p);
        }

        /** The years the gas model answers for (as the HTTP API accepts). */
        static final int MIN_YEAR = 1990;

        static final int MAX_YEAR = 2100;

        GasNetwork network() {
            return based("optimum");
        }

        /** The reported deliveries of the network's year, summed per market. */
        Map<String, Double> reported(GasNetwork net) {
            return GasBaseCase.reported(loaded, net.year());
        }

        /** The network with the chosen base case: reported volumes as minimums, or the free optimum (see GasBaseCase). */
        GasNetwork based(String base) {
            loaded = pack.load();
            int y = year != null ? year : defaultYear(loaded);
            if (y < MIN_YEAR || y > MAX_YEAR) {
                throw new UserException(
                        "--year " + y + " is outside " + MIN_YEAR + " to " + MAX_YEAR
                                + ": the gas model covers commissioning and contract years in that range",
                        2);
            }
            Optional<GasBaseCase.Base> b;
            try {
                b = base == null ? Optional.empty() : Optional.of(GasBaseCase.Base.parse(base, "--base"));
            } catch (ScenarioException e) {
                throw new UserException(e.getMessage(), 2);
            }
            try {
                return GasBaseCase.network(loaded, y, b);
            } catch (ScenarioException e) {
                throw new UserException(e.getMessage());
            }
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        boolean json(Object value) {
            if (format == Format.JSON) {
                out().print(Json.write(value));
                out().flush();
                return true;
            }
            return false;
        }
    }

    /** Turns the engine's typed errors into user errors (one line, exit 1). */
    abstract static class Sub implements Callable<Integer> {
        @Override
        public final Integer call() {
            try {
                return execute();
            } catch (EnergyException | dev.crossroads.core.ModelException e) {
                throw new UserException(e.getMessage());
            }
        }

        abstract int execute();
    }

    static String n2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    static String musd(double usd) {
        return String.format(Locale.ROOT, "%.1f", usd / 1e6);
    }

    static void printAllocation(Common c, AllocationResult r) {
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

    @Command(
            name = "allocate",
            mixinStandardHelpOptions = true,
            description =
                    "Maximise netback for a year: deliveries per market, flows, binding constraints and shadow prices.")
    static final class Allocate extends Sub {
        @Mixin
        Common c;

        @Override
        int execute() {
            AllocationResult r = c.engine.allocate(c.network());
            if (!c.json(r)) {
                printAllocation(c, r);
            }
            return r.status() == AllocationResult.Status.OPTIMAL ? 0 : 1;
        }
    }

    @Command(
            name = "replay",
            mixinStandardHelpOptions = true,
            description =
                    "Fix deliveries to the pack's reported volumes for a year, check the network carries them, compare with the optimum.")
    static final class Replay extends Sub {
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

    @Command(
            name = "routes",
            mixinStandardHelpOptions = true,
            description = "The k cheapest routes (by tariff) from a field to a market.")
    static final class Routes extends Sub {
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

    static Disruption disruption(List<String> cut, List<String> transit, double remaining, LocalDate from) {
        if (cut.isEmpty() && transit.isEmpty()) {
            throw new UserException("give --cut ID[,ID...] or --transit ISO3", 2);
        }
        return new Disruption(cut, transit, remaining, Optional.ofNullable(from));
    }

    @Command(
            name = "disrupt",
            mixinStandardHelpOptions = true,
            description = "Cut or derate arcs, nodes or a transit country, re-solve and report the loss per market.")
    static final class Disrupt extends Sub {
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
            DisruptionResult r = c.engine.disrupt(c.based(base), disruption(cut, transit, remaining, from));
            if (c.json(r)) {
                return 0;
            }
            TextTable t = new TextTable(
                            "market",
                            "country",
                            "baseBcm",
                            "disruptedBcm",
                            "lostBcm",
                            "lostNetbackMusd",
                            "shortfallBcm")
                    .right(2, 3, 4, 5, 6);
            r.markets()
                    .forEach(m -> t.add(
                            m.market(),
                            m.country(),
                            n2(m.baseBcm()),
                            n2(m.disruptedBcm()),
                            n2(m.lostBcm()),
                            musd(m.lostNetbackUsd()),
                            n2(m.shortfallBcm())));
            if (c.format == Format.CSV) {
                c.out().print(t.csv());
                c.out().flush();
                return 0;
            }
            PrintWriter out = c.out();
            double lost = r.markets().stream()
                    .mapToDouble(m -> Math.max(0, m.lostBcm()))
                    .sum();
            double gained = r.markets().stream()
                    .mapToDouble(m -> Math.max(0, -m.lostBcm()))
                    .sum();
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
            return 0;
        }
    }

    /** Runs an N-1 with a progress bar on stderr when it takes more than a second. */
    static NMinus1Result runNMinus1(EnergyEngine engine, GasNetwork net, int top, boolean warm, PrintWriter err) {
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

    static int printNMinus1(Common c, NMinus1Result r) {
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

    @Command(
            name = "n-1",
            mixinStandardHelpOptions = true,
            description = "Every pipeline, swap and node out in turn, ranked by the netback lost.")
    static final class NMinus1 extends Sub {
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
            NMinus1Result r = runNMinus1(
                    c.engine, c.based(base), top, !cold, c.spec.commandLine().getErr());
            return printNMinus1(c, r);
        }
    }

    @Command(
            name = "metrics",
            mixinStandardHelpOptions = true,
            description =
                    "Diversification: HHI over markets and transit countries, and each transit country's share of exports.")
    static final class Metrics extends Sub {
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
                    : Optional.of(disruption(cut, transit, 0, null));
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
            c.out()
                    .printf(
                            Locale.ROOT,
                            "Diversification (%s): %.2f bcm delivered, %.2f bcm exported; HHI export markets %.0f, HHI transit countries %.0f (0-10000; above 2500 is highly concentrated)%n%n",
                            r.scenario(),
                            r.deliveredBcm(),
                            r.exportBcm(),
                            r.hhiMarkets(),
                            r.hhiTransitCountries());
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

    @Command(
            name = "import-gaslib",
            mixinStandardHelpOptions = true,
            description = "Read a GasLib network (morgen GasLibN.net, XML .net or .zip), allocate and run N-1 on it.")
    static final class ImportGasLib extends Sub {
        @Parameters(
                paramLabel = "FILE",
                description =
                        "morgen GasLibN.net (with GasLibN/training.ini beside it), GasLib XML .net (+ .scn) or .zip.")
        Path file;

        @Option(
                names = "--format",
                description = "table, json or csv (default: ${DEFAULT-VALUE}).",
                defaultValue = "table")
        Format format;

        @Option(names = "--top", defaultValue = "10", description = "N-1 outages to show (default: ${DEFAULT-VALUE}).")
        int top;

        @Option(names = "--no-n-1", description = "Only allocate.")
        boolean skipN1;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        record Summary(
                String network,
                int nodes,
                int arcs,
                int sources,
                int sinks,
                double supplyCapBcm,
                double demandCapBcm,
                AllocationResult allocation,
                Optional<NMinus1Result> nMinus1) {}

        @Override
        int execute() {
            GasNetwork net;
            try {
                net = GasLibFiles.read(file, 2025);
            } catch (EnergyException e) {
                throw new UserException(e.getMessage());
            }
            EnergyEngine engine = new EnergyEngine();
            AllocationResult a = engine.allocate(net);
            Optional<NMinus1Result> n1 = skipN1
                    ? Optional.empty()
                    : Optional.of(runNMinus1(
                            engine, net, top, true, spec.commandLine().getErr()));
            Summary s = new Summary(
                    net.name(),
                    net.nodes().size(),
                    net.arcs().size(),
                    net.sources().size(),
                    net.sinks().size(),
                    net.sources().stream()
                            .mapToDouble(GasNetwork.Source::capacityBcmPerYear)
                            .sum(),
                    net.sinks().stream()
                            .mapToDouble(GasNetwork.Sink::demandCapBcmPerYear)
                            .sum(),
                    a,
                    n1);
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.JSON) {
                out.print(Json.write(new Summary(
                        s.network(),
                        s.nodes(),
                        s.arcs(),
                        s.sources(),
                        s.sinks(),
                        s.supplyCapBcm(),
                        s.demandCapBcm(),
                        a,
                        n1)));
                out.flush();
                return 0;
            }
            TextTable t = new TextTable(
                            "network",
                            "nodes",
                            "arcs",
                            "sources",
                            "sinks",
                            "demandCapBcm",
                            "deliveredBcm",
                            "solveMs",
                            "nMinus1Outages",
                            "nMinus1Ms")
                    .right(1, 2, 3, 4, 5, 6, 7, 8, 9);
            t.add(
                    s.network(),
                    s.nodes(),
                    s.arcs(),
                    s.sources(),
                    s.sinks(),
                    n2(s.demandCapBcm()),
                    n2(a.deliveredBcm()),
                    String.format(Locale.ROOT, "%.1f", a.solveMillis()),
                    n1.map(x -> String.valueOf(x.outagesSolved())).orElse("-"),
                    n1.map(x -> String.format(Locale.ROOT, "%.0f", x.elapsedMillis()))
                            .orElse("-"));
            out.print(t.render(format));
            out.flush();
            if (format == Format.TABLE) {
                out.println();
                out.printf(
                        Locale.ROOT,
                        "%d binding constraints; %s%n",
                        a.bindingConstraints().size(),
                        a.explanation().get(0));
                n1.ifPresent(r -> {
                    out.println();
                    TextTable o = new TextTable("rank", "kind", "id", "lostBcm", "marketsHit").right(0, 3);
                    r.ranking()
                            .forEach(x -> o.add(
                                    x.rank(),
                                    x.kind(),
                                    x.id(),
                                    n2(x.lostBcm()),
                                    x.marketsHit().size()));
                    out.print(o.text());
                    out.flush();
                });
            }
            return 0;
        }
    }
}
