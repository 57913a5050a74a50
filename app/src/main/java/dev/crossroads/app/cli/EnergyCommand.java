package dev.crossroads.app.cli;

import dev.crossroads.app.service.Json;
import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.energy.AllocationResult;
import dev.crossroads.energy.Disruption;
import dev.crossroads.energy.EnergyEngine;
import dev.crossroads.energy.EnergyException;
import dev.crossroads.energy.GasNetwork;
import dev.crossroads.scenario.GasBaseCase;
import dev.crossroads.scenario.GasInputCaveats;
import dev.crossroads.scenario.ScenarioException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code crossroads energy ...}: gas allocation, replay, routes, disruptions, N-1, diversification, GasLib import. */
@Command(
        name = "energy",
        mixinStandardHelpOptions = true,
        description =
                "Gas exports: which markets, by which routes, how much, at what netback; disruptions and diversification.",
        subcommands = {
            EnergyAllocateCommand.class,
            EnergyReplayCommand.class,
            EnergyRoutesCommand.class,
            EnergyDisruptCommand.class,
            EnergyNMinus1Command.class,
            EnergyMetricsCommand.class,
            EnergyImportGasLibCommand.class
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

        /** As {@link #json(Object)}, with the result's uncertain deciding inputs added as {@code inputCaveats}. */
        boolean json(Object value, List<GasInputCaveats.Caveat> caveats) {
            return json(value, caveats, null);
        }

        /**
         * As {@link #json(Object, List)}, with the base case the result stands on (field {@code base}, as the API)
         * when {@code base} is not null.
         */
        boolean json(Object value, List<GasInputCaveats.Caveat> caveats, String base) {
            if (format != Format.JSON) {
                return false;
            }
            com.fasterxml.jackson.databind.node.ObjectNode tree = Json.MAPPER.valueToTree(value);
            if (base != null) {
                tree.put("base", base);
            }
            tree.set("inputCaveats", Json.MAPPER.valueToTree(caveats));
            return json(tree);
        }

        /** The caveats of an allocation on a network of the loaded pack. */
        List<GasInputCaveats.Caveat> caveats(GasNetwork net, AllocationResult r) {
            return GasInputCaveats.of(loaded, net, r);
        }

        /** Prints the inputs that decide the result without being sourced facts (nothing when there are none). */
        void printCaveats(List<GasInputCaveats.Caveat> caveats) {
            if (caveats.isEmpty()) {
                return;
            }
            out().println();
            out().println("Inputs that decide this result but are not sourced facts:");
            caveats.forEach(x -> out().println("  [" + x.confidence() + "] " + x.text()));
            out().flush();
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

    /** US dollars in millions for a table column (machine-friendly: no grouping). */
    static String musd(double usd) {
        return String.format(Locale.ROOT, "%.1f", usd / 1e6);
    }

    /** US dollars in millions for a sentence a person reads: thousands grouped (7,227.2). */
    static String musdText(double usd) {
        return String.format(Locale.ROOT, "%,.1f", usd / 1e6);
    }

    static Disruption disruption(List<String> cut, List<String> transit, double remaining, LocalDate from) {
        if (cut.isEmpty() && transit.isEmpty()) {
            throw new UserException("give --cut ID[,ID...] or --transit ISO3", 2);
        }
        return new Disruption(cut, transit, remaining, Optional.ofNullable(from));
    }
}
