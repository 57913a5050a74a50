package dev.crossroads.app.cli;

import dev.crossroads.app.service.Figures;
import dev.crossroads.energy.AllocationResult;
import dev.crossroads.energy.DisruptionResult;
import dev.crossroads.energy.GasNetwork;
import dev.crossroads.energy.power.PowerChange;
import dev.crossroads.energy.power.PowerResult;
import dev.crossroads.energy.power.PowerSupply;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crossroads power ...}: the electricity the gas actually delivered can sustain. */
@Command(
        name = "power",
        mixinStandardHelpOptions = true,
        description = "Electricity: the MW the gas actually delivered can sustain, per plant and per region.",
        subcommands = {PowerCommand.Supply.class})
public final class PowerCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * The JSON of {@code power supply}: the scenario, then the supply. Per region {@code availableMw},
     * {@code demandMw}, {@code shareServed}; in total {@code availableMw}. Under a disruption, {@code change} gives
     * the MW lost per region against the base case, explained by the plants whose gas changed.
     */
    record SupplyView(
            String pack,
            int year,
            String base,
            String scenario,
            String gasStatus,
            PowerResult.Constants constants,
            double availableMw,
            double capacityMw,
            double installedMw,
            double demandMw,
            OptionalDouble shareServed,
            double gasDeliveredBcm,
            double gasUsedBcm,
            List<PowerResult.RegionSupply> regions,
            List<PowerResult.PlantSupply> plants,
            List<PowerResult.NodeGas> nodes,
            List<String> explanation,
            Optional<PowerChange> change) {
        static SupplyView of(
                String pack,
                String base,
                String scenario,
                AllocationResult gas,
                PowerResult r,
                Optional<PowerChange> change) {
            return new SupplyView(
                    pack,
                    r.year(),
                    base,
                    scenario,
                    gas.status().name(),
                    r.constants(),
                    r.availableMw(),
                    r.capacityMw(),
                    r.installedMw(),
                    r.demandMw(),
                    r.shareServed(),
                    r.gasDeliveredBcm(),
                    r.gasUsedBcm(),
                    r.regions(),
                    r.plants(),
                    r.nodes(),
                    r.explanation(),
                    change);
        }
    }

    @Command(
            name = "supply",
            mixinStandardHelpOptions = true,
            description =
                    "Per plant and per region, the MW that the gas the network delivers in a year can sustain, and the share "
                            + "of demand served; with --cut or --transit, under that disruption. The constants (calorific value, hours) are printed.")
    static final class Supply extends EnergyCommand.Sub {
        @Mixin
        EnergyCommand.Common c;

        @Option(names = "--cut", split = ",", paramLabel = "ID", description = "Pipeline, swap or node ids to cut.")
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
                        "Gas base case: the year's reported deliveries held as minimum volumes (default when the pack reports the year), or the model's free optimum.")
        String base;

        @Parameters(
                arity = "0..1",
                paramLabel = "PACK",
                description = "The pack folder (same as --pack; default: the default pack).")
        Path packDir;

        @Override
        int execute() {
            if (packDir != null) {
                c.pack.pack = packDir;
            }
            GasNetwork net = c.based(base);
            if (c.loaded.power().plants().isEmpty()) {
                throw new UserException("the pack " + c.loaded.meta().name()
                        + " has no power plants: add power/plants.csv (see packs/FORMAT.md)");
            }
            String baseName = base != null ? base : c.reported(net).isEmpty() ? "optimum" : "reported";
            AllocationResult gas;
            String scenario;
            Optional<PowerChange> change = Optional.empty();
            if (cut.isEmpty() && transit.isEmpty()) {
                gas = c.engine.allocate(net);
                scenario = "base case";
            } else {
                DisruptionResult d = c.engine.disrupt(net, EnergyCommand.disruption(cut, transit, 0, null));
                gas = d.disrupted();
                scenario = d.scenario();
                PowerResult baseSupply = PowerSupply.of(c.loaded, net, c.engine.allocate(net));
                change = Optional.of(PowerChange.between(baseSupply, PowerSupply.of(c.loaded, net, gas)));
            }
            PowerResult r = PowerSupply.of(c.loaded, net, gas);
            SupplyView view = SupplyView.of(c.loaded.meta().name(), baseName, scenario, gas, r, change);
            if (c.json(view)) {
                return 0;
            }
            List<String> cols = new ArrayList<>(List.of(
                    "region",
                    "name",
                    "availableMw",
                    "capacityMw",
                    "fuelLimitedMw",
                    "demandMw",
                    "demandYear",
                    "shareServed"));
            if (change.isPresent()) {
                cols.add("lostMw");
            }
            // people read grouped figures, a CSV keeps them raw
            java.util.function.DoubleFunction<String> cell =
                    c.format == Format.CSV ? v -> String.format(Locale.ROOT, "%.0f", v) : Figures::whole;
            TextTable regions = new TextTable(cols.toArray(String[]::new)).right(2, 3, 4, 5, 6, 7);
            if (change.isPresent()) {
                regions.right(8);
            }
            for (PowerResult.RegionSupply x : r.regions()) {
                List<Object> row = new ArrayList<>(List.of(
                        x.region(),
                        x.name(),
                        cell.apply(x.availableMw()),
                        cell.apply(x.capacityMw()),
                        cell.apply(x.fuelLimitedMw()),
                        x.demandMw().isPresent() ? cell.apply(x.demandMw().getAsDouble()) : "-",
                        x.demandYear().isPresent()
                                ? String.valueOf(x.demandYear().getAsInt())
                                : "-",
                        share(x.shareServed())));
                change.ifPresent(ch -> row.add(
                        String.format(Locale.ROOT, "%.1f", ch.region(x.region()).lostMw())));
                regions.add(row.toArray());
            }
            List<Object> total = new ArrayList<>(List.of(
                    "total",
                    "",
                    cell.apply(r.availableMw()),
                    cell.apply(r.capacityMw()),
                    cell.apply(r.capacityMw() - r.availableMw()),
                    cell.apply(r.demandMw()),
                    "",
                    share(r.shareServed())));
            change.ifPresent(ch -> total.add(String.format(Locale.ROOT, "%.1f", ch.lostMw())));
            regions.add(total.toArray());
            PrintWriter out = c.out();
            if (c.format == Format.CSV) {
                out.print(regions.csv());
                out.flush();
                return 0;
            }
            out.printf(
                    Locale.ROOT, "Power supply %s %d, gas %s (base: %s)%n", view.pack(), r.year(), scenario, baseName);
            PowerResult.Constants k = r.constants();
            if (k.stated()) {
                out.printf(
                        Locale.ROOT,
                        "Constants: gas calorific value %.1f MJ/m3 (source %s, %s); %,.0f hours a year; 1 bcm a year = %,.1f MW of heat;%n"
                                + "MW sustained = min(available MW, gas bcm x %,.1f x efficiency); a node's gas goes to its most efficient plants first.%n%n",
                        k.calorificValueMjPerM3(),
                        String.join(";", k.calorificValueSources()),
                        k.calorificValueConfidence(),
                        k.hoursPerYear(),
                        k.mwPerBcmOfHeat(),
                        k.mwPerBcmOfHeat());
            } else {
                out.printf(Locale.ROOT, "No plant burns network gas; %,.0f hours a year.%n%n", k.hoursPerYear());
            }
            TextTable plants = new TextTable(
                            "plant",
                            "region",
                            "type",
                            "fuel",
                            "gasNode",
                            "availableMw",
                            "efficiency",
                            "gasNeededBcm",
                            "gasUsedBcm",
                            "sustainedMw",
                            "limit")
                    .right(5, 6, 7, 8, 9);
            for (PowerResult.PlantSupply p : r.plants()) {
                plants.add(
                        p.id(),
                        p.region(),
                        p.type(),
                        p.fuel(),
                        p.gasNode().orElse("-"),
                        n0(p.availableMw()),
                        p.efficiency().isPresent()
                                ? String.format(
                                        Locale.ROOT, "%.2f", p.efficiency().getAsDouble())
                                : "-",
                        p.gasNode().isPresent() ? n3(p.gasNeededBcm()) : "-",
                        p.gasNode().isPresent() ? n3(p.gasUsedBcm()) : "-",
                        String.format(Locale.ROOT, "%.1f", p.sustainedMw()),
                        label(p.limit()));
            }
            out.print(plants.text());
            out.println();
            out.print(regions.text());
            out.println();
            r.explanation().stream().filter(l -> !l.startsWith("Constants:")).forEach(out::println);
            r.plants().stream()
                    .filter(p -> p.limit() == PowerResult.Limit.FUEL)
                    .forEach(p -> out.println("  " + p.explanation()));
            change.ifPresent(ch -> {
                out.println();
                out.println("Against the base case:");
                ch.explanation().forEach(l -> out.println("  " + l));
            });
            out.flush();
            return 0;
        }

        private static String label(PowerResult.Limit limit) {
            return switch (limit) {
                case CAPACITY -> "capacity-limited";
                case FUEL -> "fuel-limited";
                case NO_CAPACITY -> "no capacity";
                case FUEL_NOT_MODELLED -> "fuel not modelled";
            };
        }

        private static String n0(double v) {
            return Figures.whole(v);
        }

        private static String n3(double v) {
            return String.format(Locale.ROOT, "%.3f", v);
        }

        private static String share(OptionalDouble s) {
            return s.isPresent() ? String.format(Locale.ROOT, "%.2f", s.getAsDouble()) : "-";
        }
    }
}
