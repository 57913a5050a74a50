package dev.crossroads.app.cli;

import dev.crossroads.app.service.Figures;
import dev.crossroads.app.service.Json;
import dev.crossroads.app.service.ScenarioRuns;
import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.scenario.HubComparison;
import dev.crossroads.scenario.HubResult;
import dev.crossroads.scenario.HubRunner;
import dev.crossroads.scenario.HubSampler;
import dev.crossroads.scenario.ScenarioSpec;
import dev.crossroads.store.Store;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crossroads scenario run|compare}: one scenario through all three pillars, and two side by side. */
@Command(
        name = "scenario",
        mixinStandardHelpOptions = true,
        description = {
            "Run a scenario through the hub model: gas -> electricity -> reconstruction service -> ties and mediators.",
            "A scenario file is JSON; see the README's tour and packs/FORMAT.md."
        },
        subcommands = {ScenarioCommand.Run.class, ScenarioCommand.Compare.class})
public final class ScenarioCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(
            name = "run",
            mixinStandardHelpOptions = true,
            description =
                    "Run one scenario against its base case; print each pillar and the chain from cause to effect, "
                            + "and store the scenario and its result in the database.")
    static final class Run implements java.util.concurrent.Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "The scenario (JSON).")
        Path file;

        @Mixin
        PackOption pack;

        @Mixin
        DbOption db;

        @Option(names = "--format", description = "table or json (default: ${DEFAULT-VALUE}).", defaultValue = "table")
        Format format;

        @Option(
                names = "--samples",
                paramLabel = "N",
                description = "Also run the scenario over N samples of the illustrative "
                        + "and conflicting market prices (without re-solving the programme) and report each chain figure's median, "
                        + "10-90%% range and the inputs that move it most.")
        Integer samples;

        @Option(
                names = "--seed",
                paramLabel = "S",
                defaultValue = "1",
                description = "Seed of the samples (default: ${DEFAULT-VALUE}); "
                        + "the same seed gives the same samples on any number of threads.")
        long seed;

        @Option(
                names = "--price-spread",
                paramLabel = "F",
                defaultValue = "0.25",
                description =
                        "Each sampled price is drawn "
                                + "uniformly within +/- F of the pack's figure (default: ${DEFAULT-VALUE}): a judgement, not a sourced range.")
        double priceSpread;

        @Option(
                names = "--threads",
                paramLabel = "N",
                description = "Threads for the samples (default: the cores there are).")
        Integer threads;

        @Option(
                names = "--grid",
                paramLabel = "national|regional",
                defaultValue = "national",
                description = "How the programme "
                        + "reads electricity: one national grid (every region at the national share of demand served; default) or "
                        + "regional islands (each region by its own plants).")
        HubRunner.Grid grid;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (samples != null && (samples < 2 || samples > 100_000)) {
                throw new UserException("--samples must lie between 2 and 100000, got " + samples, 2);
            }
            if (!(priceSpread >= 0 && priceSpread < 1) || (threads != null && threads < 1)) {
                throw new UserException("--price-spread must lie in [0, 1) and --threads be at least 1", 2);
            }
            if (format == Format.CSV) {
                throw new UserException("--format is table or json for scenario run", 2);
            }
            ScenarioSpec s = ScenarioRuns.read(file);
            RegionPack p = pack.load();
            ScenarioRuns.Stored stored;
            Optional<HubSampler.Result> spread = Optional.empty();
            try (Store store = db.open()) {
                ScenarioRuns runs = new ScenarioRuns(p, Optional.of(store), Clock.systemUTC()).withGrid(grid);
                stored = runs.run(s);
                if (samples != null) {
                    try {
                        spread = Optional.of(new HubSampler(p, runs.relations())
                                .run(
                                        s,
                                        samples,
                                        seed,
                                        priceSpread,
                                        threads != null
                                                ? threads
                                                : Runtime.getRuntime().availableProcessors()));
                    } catch (dev.crossroads.scenario.ScenarioException e) {
                        throw new UserException(e.getMessage());
                    }
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.JSON) {
                com.fasterxml.jackson.databind.node.ObjectNode n = Json.MAPPER.valueToTree(stored.result());
                spread.ifPresent(x -> n.set("uncertainty", Json.MAPPER.valueToTree(x)));
                out.print(Json.write(n));
            } else {
                out.print(render(stored.result()));
                spread.ifPresent(x -> out.print(renderSpread(x)));
                stored.runId()
                        .ifPresent(id -> out.println(
                                "stored as scenario " + stored.scenarioId().orElse("?") + ", run " + id));
            }
            out.flush();
            return 0;
        }
    }

    @Command(
            name = "compare",
            mixinStandardHelpOptions = true,
            description = "Run two scenarios and print every figure that differs, pillar by pillar.")
    static final class Compare implements java.util.concurrent.Callable<Integer> {
        @Parameters(index = "0", paramLabel = "A", description = "The first scenario (JSON).")
        Path a;

        @Parameters(index = "1", paramLabel = "B", description = "The second scenario (JSON).")
        Path b;

        @Mixin
        PackOption pack;

        @Mixin
        DbOption db;

        @Option(
                names = "--format",
                description = "table, json or csv (default: ${DEFAULT-VALUE}).",
                defaultValue = "table")
        Format format;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            ScenarioSpec sa = ScenarioRuns.read(a);
            ScenarioSpec sb = ScenarioRuns.read(b);
            RegionPack p = pack.load();
            Optional<Store> store = db.openIfPresent();
            HubComparison c;
            try {
                c = new ScenarioRuns(p, store, Clock.systemUTC()).compare(sa, sb);
            } finally {
                store.ifPresent(Store::close);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.JSON) {
                out.print(Json.write(c));
            } else {
                TextTable t = new TextTable("pillar", "what", "A", "B", "B - A", "unit").right(2, 3, 4);
                for (HubComparison.Row r : c.rows()) {
                    t.add(r.pillar(), r.what(), num(r.a()), num(r.b()), num(r.difference()), r.unit());
                }
                if (format == Format.CSV) {
                    out.print(t.csv());
                } else {
                    out.printf(Locale.ROOT, "A: %s%nB: %s%n%n", c.a(), c.b());
                    out.print(c.rows().isEmpty() ? "no figure differs\n" : t.text());
                }
            }
            out.flush();
            return 0;
        }
    }

    static String render(HubResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(
                Locale.ROOT, "Scenario: %s (gas year %d, relations at %s)%n%n", r.scenario(), r.year(), r.at()));
        HubResult.EnergyPillar e = r.pillars().energy();
        sb.append(String.format(
                Locale.ROOT,
                "Energy (base: %s): %s -> %s bcm delivered; the hub's netback $%s m -> $%s m%n",
                e.base(),
                num(e.baseDeliveredBcm()),
                num(e.scenarioDeliveredBcm()),
                num(e.baseNetbackUsd() / 1e6),
                num(e.scenarioNetbackUsd() / 1e6)));
        TextTable m = new TextTable(
                        "market", "country", "base bcm", "scenario bcm", "lost bcm", "gained bcm", "reported bcm")
                .right(2, 3, 4, 5, 6);
        for (HubResult.MarketChange x : e.markets()) {
            m.add(
                    x.name(),
                    x.country(),
                    num(x.baseBcm()),
                    num(x.scenarioBcm()),
                    num(x.lostBcm()),
                    num(x.gainedBcm()),
                    x.reportedBcm().map(ScenarioCommand::num).orElse(""));
        }
        sb.append(m.text()).append('\n');
        HubResult.PowerPillar p = r.pillars().power();
        if (!p.regions().isEmpty()) {
            sb.append(String.format(
                    Locale.ROOT,
                    "Power: %s MW -> %s MW available of %s MW demand%n",
                    num(p.baseAvailableMw()),
                    num(p.availableMw()),
                    num(p.demandMw())));
            TextTable t = new TextTable("region", "base MW", "scenario MW", "demand MW", "base served", "served")
                    .right(1, 2, 3, 4, 5);
            for (HubResult.RegionPower x : p.regions()) {
                t.add(
                        x.name(),
                        num(x.baseAvailableMw()),
                        num(x.availableMw()),
                        num(x.demandMw()),
                        pct(x.baseShareServed()),
                        pct(x.shareServed()));
            }
            sb.append(t.text()).append('\n');
        } else {
            sb.append("Power: ").append(String.join("; ", p.constants())).append("\n\n");
        }
        HubResult.RebuildPillar b = r.pillars().rebuild();
        if (!b.serviceByYear().isEmpty()) {
            sb.append(String.format(
                    Locale.ROOT,
                    "Rebuild (%s): service restored by year%n",
                    b.reoptimised()
                            ? "programme re-optimised for the scenario"
                            : "the base plan re-scored under the scenario's power"));
            TextTable t = new TextTable("year", "base %", "scenario %").right(1, 2);
            b.serviceByYear().forEach(y -> t.add(y.year(), num(y.basePercent()), num(y.scenarioPercent())));
            sb.append(t.text());
        }
        b.notes().forEach(n -> sb.append("Rebuild: ").append(n).append('\n'));
        sb.append('\n');
        HubResult.RelationsPillar rel = r.pillars().relations();
        if (!rel.transitExposure().isEmpty()) {
            sb.append("Transit exposure: the hub's tie with each transit country and what closing it would cost\n");
            TextTable t = new TextTable("country", "tie", "class", "volume at stake bcm", "value at stake $ m")
                    .right(1, 3, 4);
            rel.transitExposure()
                    .forEach(x -> t.add(
                            x.name() + " (" + x.country() + ")",
                            num(x.tie()),
                            x.tieClass(),
                            num(x.volumeAtStakeBcm()),
                            num(x.valueAtStakeUsd() / 1e6)));
            sb.append(t.text()).append('\n');
        }
        for (HubResult.DyadChange d : rel.dyads()) {
            sb.append("Mediators for ").append(d.a()).append("–").append(d.b()).append('\n');
            TextTable t = new TextTable("mediator", "base rank", "rank", "base score", "score").right(1, 2, 3, 4);
            d.mediators()
                    .forEach(x -> t.add(
                            x.name(), x.baseRank(), x.scenarioRank(), num(x.baseScore()), num(x.scenarioScore())));
            sb.append(t.text()).append('\n');
        }
        sb.append("Chain (cause -> effect)\n");
        if (r.chain().isEmpty()) {
            sb.append("  nothing changes against the base case\n");
        }
        int i = 1;
        for (HubResult.ChainStep c : r.chain()) {
            sb.append(String.format(
                    Locale.ROOT,
                    "%2d. [%s] %s: %s %s%n      because %s%n",
                    i++,
                    c.pillar(),
                    c.what(),
                    num(c.value()),
                    c.unit(),
                    c.because()));
        }
        if (!r.illustrative().isEmpty()) {
            sb.append("\nIllustrative or conflicting inputs that shape these figures:\n");
            r.illustrative().forEach(x -> sb.append("  - ").append(x).append('\n'));
        }
        sb.append("\nwall time ms: ").append(r.timingsMs()).append('\n');
        return sb.toString();
    }

    static String renderSpread(HubSampler.Result r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%nUncertainty: %s%n", String.join("; ", r.notes())));
        sb.append(String.format(
                Locale.ROOT,
                "%d samples in %.2f s on %d threads (%.1f samples/s), seed %d%n",
                r.samples(),
                r.seconds(),
                r.threads(),
                r.samplesPerSecond(),
                r.seed()));
        TextTable t = new TextTable("pillar", "figure", "unit", "median", "10%", "90%", "moved most by").right(3, 4, 5);
        for (HubSampler.Spread x : r.figures()) {
            t.add(
                    x.pillar(),
                    x.what(),
                    x.unit(),
                    num(x.median()),
                    num(x.p10()),
                    num(x.p90()),
                    x.movedMostBy().isEmpty()
                            ? "-"
                            : x.movedMostBy().get(0).input() + " (rank corr. "
                                    + num(x.movedMostBy().get(0).rankCorrelation()) + ")");
        }
        sb.append(t.text());
        return sb.toString();
    }

    static String num(double v) {
        return Figures.measure(v);
    }

    static String pct(double share) {
        return Figures.percent(share);
    }
}
