package dev.crossroads.scenario;

import dev.crossroads.core.Confidence;
import dev.crossroads.core.Provenance;
import dev.crossroads.core.gas.Market;
import dev.crossroads.core.model.BaselineRelation;
import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.core.rebuild.Partner;
import dev.crossroads.core.rebuild.Region;
import dev.crossroads.energy.AllocationResult;
import dev.crossroads.energy.Disruption;
import dev.crossroads.energy.DisruptionResult;
import dev.crossroads.energy.EnergyEngine;
import dev.crossroads.energy.EnergyException;
import dev.crossroads.energy.GasNetwork;
import dev.crossroads.energy.power.PowerResult;
import dev.crossroads.energy.power.PowerSupply;
import dev.crossroads.rebuild.RebuildEngine;
import dev.crossroads.rebuild.programme.Plan;
import dev.crossroads.rebuild.programme.PowerAvailability;
import dev.crossroads.rebuild.programme.Programme;
import dev.crossroads.rebuild.programme.ProgrammeInfeasibleException;
import dev.crossroads.rebuild.programme.ProgrammeSettings;
import dev.crossroads.rebuild.programme.ProgrammeSolver;
import dev.crossroads.rebuild.schedule.SolveListener;
import dev.crossroads.rebuild.schedule.SolveParameters;
import dev.crossroads.relations.RelationsEngine;
import dev.crossroads.relations.RelationsException;
import dev.crossroads.relations.extract.Cameo;
import dev.crossroads.relations.extract.CameoCode;
import dev.crossroads.relations.extract.Modality;
import dev.crossroads.relations.ledger.LedgerEvent;
import dev.crossroads.relations.mediation.Component;
import dev.crossroads.relations.mediation.MediatorRanking;
import dev.crossroads.relations.mediation.MediatorScore;
import dev.crossroads.relations.projection.HubContribution;
import dev.crossroads.relations.projection.ProjectionScale;
import dev.crossroads.relations.ties.TieReading;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Runs one scenario through the hub model: the gas it cuts or adds, the electricity that gas sustains in the
 * host's regions, the service the reconstruction programme restores with that electricity, and the ties and
 * mediator rankings that the hub's contributions move. Each pillar is computed for the base case and for the
 * scenario, and the differences form the chain from cause to effect.
 *
 * <pre>{@code
 * HubResult r = new HubRunner(pack, RelationsEngine.of(pack, List.of(), Settings.DEFAULT)).run(spec);
 * }</pre>
 */
public final class HubRunner {
    /** Changes smaller than this are not worth a chain step (0.005 bcm, 0.5 MW, 0.05 points...). */
    static final double EPS_BCM = 0.005;

    private final RegionPack pack;
    private final RelationsEngine relations;
    private final EnergyEngine energy = new EnergyEngine();

    public HubRunner(RegionPack pack, RelationsEngine relations) {
        this.pack = pack;
        this.relations = relations;
    }

    public HubResult run(ScenarioSpec spec) {
        return run(spec, gas(spec, spec.year().orElse(GasBaseCase.defaultYear(pack))));
    }

    /** As {@link #run(ScenarioSpec)} on a gas case already solved by {@link #gas} (the Brief solves it once). */
    HubResult run(ScenarioSpec spec, GasCase gas) {
        int year = gas.base().year();
        LocalDate at = spec.at().orElse(pack.meta().asOf());
        Map<String, Long> timings = new LinkedHashMap<>();
        List<HubResult.ChainStep> chain = new ArrayList<>();
        List<String> illustrative = new ArrayList<>();

        long t0 = System.nanoTime();
        HubResult.EnergyPillar e = energyPillar(spec, gas, chain, illustrative);
        timings.put("energy", ms(t0));

        t0 = System.nanoTime();
        Optional<PowerCase> power = power(gas);
        HubResult.PowerPillar p =
                power.map(pc -> powerPillar(pc, chain, illustrative)).orElse(HubResult.PowerPillar.none());
        timings.put("power", ms(t0));

        t0 = System.nanoTime();
        RelationsEngine scenarioTies = scenarioTies(spec);
        long relationsMs = ms(t0);

        t0 = System.nanoTime();
        List<HubContribution> contributions = new ArrayList<>();
        HubResult.RebuildPillar b = rebuildPillar(spec, at, power, scenarioTies, contributions, chain, illustrative);
        timings.put("rebuild", ms(t0));

        t0 = System.nanoTime();
        HubResult.RelationsPillar r = relationsPillar(spec, gas, e.markets(), at, scenarioTies, contributions, chain);
        timings.put("relations", relationsMs + ms(t0));

        return new HubResult(spec.name(), year, at, new HubResult.Pillars(e, p, b, r), chain, timings, illustrative);
    }

    private static long ms(long t0) {
        return Math.round((System.nanoTime() - t0) / 1e6);
    }

    // ------------------------------------------------------------ energy

    /** The base network, the scenario's network, and their allocations. */
    record GasCase(
            GasNetwork base,
            GasNetwork scenario,
            AllocationResult baseAllocation,
            AllocationResult scenarioAllocation,
            Optional<DisruptionResult> disruption,
            String why) {}

    GasCase gas(ScenarioSpec spec, int year) {
        try {
            GasNetwork base = GasBaseCase.network(pack, year, Optional.empty());
            GasNetwork edited = ScenarioEdits.apply(base, spec.changes());
            AllocationResult baseAlloc = energy.allocate(base);
            StringBuilder why = new StringBuilder();
            if (!spec.cut().isEmpty()) {
                why.append("cut ").append(String.join(", ", spec.cut()));
            }
            if (!spec.transit().isEmpty()) {
                why.append(why.length() > 0 ? "; " : "")
                        .append("transit closed in ")
                        .append(String.join(", ", spec.transit()));
            }
            if (spec.changes().changesEnergy()) {
                why.append(why.length() > 0 ? "; " : "").append("gas changes of the scenario file");
            }
            if (spec.disrupts()) {
                DisruptionResult dr =
                        energy.disrupt(edited, new Disruption(spec.cut(), spec.transit(), 0, Optional.empty()));
                return new GasCase(base, edited, baseAlloc, dr.disrupted(), Optional.of(dr), why.toString());
            }
            return new GasCase(
                    base,
                    edited,
                    baseAlloc,
                    edited == base ? baseAlloc : energy.allocate(edited),
                    Optional.empty(),
                    why.length() == 0 ? "no change" : why.toString());
        } catch (EnergyException | IllegalArgumentException ex) {
            throw new ScenarioException("energy: " + ex.getMessage(), ex);
        }
    }

    private HubResult.EnergyPillar energyPillar(
            ScenarioSpec spec, GasCase g, List<HubResult.ChainStep> chain, List<String> illustrative) {
        String base = GasBaseCase.baseOf(g.base()).label();
        Map<String, Double> reported = GasBaseCase.reported(pack, g.base().year());
        List<HubResult.MarketChange> markets = new ArrayList<>();
        for (GasNetwork.Sink s : g.scenario().sinks()) {
            double b = g.base().sink(s.id()).isPresent()
                    ? g.baseAllocation().delivery(s.id()).deliveredBcm()
                    : 0;
            double a = g.scenarioAllocation().delivery(s.id()).deliveredBcm();
            double d = clean(b - a);
            double lostValue = d > 0 ? d * 1e6 * s.priceUsdPerKcm() : 0;
            markets.add(new HubResult.MarketChange(
                    s.id(),
                    s.name(),
                    s.country(),
                    clean(b),
                    clean(a),
                    Math.max(0, d),
                    Math.max(0, -d),
                    lostValue,
                    Optional.ofNullable(reported.get(s.id()))));
        }
        markets.sort(Comparator.comparingDouble((HubResult.MarketChange m) -> -m.lostBcm())
                .thenComparingDouble(m -> -m.gainedBcm())
                .thenComparingDouble(m -> -m.baseBcm())
                .thenComparing(HubResult.MarketChange::market));
        String run = "energy allocation LP, year " + g.base().year() + ", base " + base
                + (base.equals("reported") ? " (the year's reported deliveries held as minimums)" : " (free optimum)");
        for (HubResult.MarketChange m : markets) {
            if (m.lostBcm() >= EPS_BCM) {
                chain.add(new HubResult.ChainStep(
                        "energy",
                        "gas lost by " + m.name(),
                        round(m.lostBcm(), 3),
                        "bcm/y",
                        g.why() + " -> " + run + ": " + fmt(m.baseBcm()) + " -> " + fmt(m.scenarioBcm()) + " bcm"));
            } else if (m.gainedBcm() >= EPS_BCM) {
                chain.add(new HubResult.ChainStep(
                        "energy",
                        "gas gained by " + m.name(),
                        round(m.gainedBcm(), 3),
                        "bcm/y",
                        g.why() + " -> " + run + ": " + fmt(m.baseBcm()) + " -> " + fmt(m.scenarioBcm()) + " bcm"));
            }
        }
        double change = g.scenarioAllocation().netbackUsd() - g.baseAllocation().netbackUsd();
        List<String> explanation = new ArrayList<>(
                g.disruption().map(DisruptionResult::explanation).orElse(List.of()));
        if (Math.abs(change) >= 0.05e6) {
            chain.add(new HubResult.ChainStep(
                    "energy",
                    "the hub's netback over all markets",
                    round(change / 1e6, 1),
                    "USD m/y",
                    run + "; a netback change is not the markets' loss: a market served through a costlier "
                            + "route earns less per kcm, so losing it can raise the system's netback"));
        }
        // illustrative inputs that shape the result: market prices the pack marks illustrative
        for (Market m : pack.gas().markets()) {
            if (m.provenance().confidence() == Confidence.ILLUSTRATIVE
                    || m.provenance().confidence() == Confidence.CONFLICT) {
                illustrative.add("gas/markets.csv " + m.id() + ": price and demand are "
                        + m.provenance().confidence().code());
            }
        }
        return new HubResult.EnergyPillar(
                base,
                g.baseAllocation().deliveredBcm(),
                g.scenarioAllocation().deliveredBcm(),
                g.baseAllocation().netbackUsd(),
                g.scenarioAllocation().netbackUsd(),
                change,
                markets,
                explanation);
    }

    // ------------------------------------------------------------ power

    /** The electricity the base case's gas and the scenario's gas sustain. */
    record PowerCase(PowerResult base, PowerResult scenario) {}

    Optional<PowerCase> power(GasCase g) {
        if (pack.power().plants().isEmpty()) {
            return Optional.empty();
        }
        try {
            PowerResult base = PowerSupply.of(pack, g.base(), g.baseAllocation());
            PowerResult scen = PowerSupply.of(pack, g.scenario(), g.scenarioAllocation());
            return Optional.of(new PowerCase(base, scen));
        } catch (EnergyException | IllegalArgumentException ex) {
            throw new ScenarioException("power: " + ex.getMessage(), ex);
        }
    }

    private HubResult.PowerPillar powerPillar(
            PowerCase pc, List<HubResult.ChainStep> chain, List<String> illustrative) {
        PowerResult.Constants k = pc.scenario().constants();
        String constants = String.format(
                Locale.ROOT,
                "calorific value %.2f MJ/m3 [%s, %s], %.0f h/year: 1 bcm/y = %.0f MW of heat",
                k.calorificValueMjPerM3(),
                String.join(";", k.calorificValueSources()),
                k.calorificValueConfidence(),
                k.hoursPerYear(),
                k.mwPerBcmOfHeat());
        List<HubResult.RegionPower> regions = new ArrayList<>();
        for (PowerResult.RegionSupply r : pc.scenario().regions()) {
            PowerResult.RegionSupply b = pc.base().region(r.region()).orElse(r);
            double demand = r.demandMw().orElse(0);
            StringBuilder why = new StringBuilder();
            for (PowerResult.PlantSupply pl : pc.scenario().plants()) {
                if (!pl.region().equals(r.region())) {
                    continue;
                }
                PowerResult.PlantSupply bp = pc.base().plant(pl.id()).orElse(pl);
                if (Math.abs(bp.sustainedMw() - pl.sustainedMw()) >= 0.5) {
                    why.append(why.length() > 0 ? "; " : "")
                            .append(String.format(
                                    Locale.ROOT,
                                    "%s %.0f -> %.0f MW (gas %.3f -> %.3f bcm at node %s, efficiency %s)",
                                    pl.name(),
                                    bp.sustainedMw(),
                                    pl.sustainedMw(),
                                    bp.gasUsedBcm(),
                                    pl.gasUsedBcm(),
                                    pl.gasNode().orElse("-"),
                                    pl.efficiency().isPresent()
                                            ? String.format(
                                                    Locale.ROOT,
                                                    "%.2f",
                                                    pl.efficiency().getAsDouble())
                                            : "-"));
                }
            }
            regions.add(new HubResult.RegionPower(
                    r.region(),
                    r.name(),
                    b.availableMw(),
                    r.availableMw(),
                    demand,
                    b.shareServedOr(1),
                    r.shareServedOr(1),
                    why.toString()));
            double lost = b.availableMw() - r.availableMw();
            if (Math.abs(lost) >= 0.5) {
                chain.add(new HubResult.ChainStep(
                        "power",
                        (lost > 0 ? "electricity lost in " : "electricity gained in ") + r.name(),
                        round(Math.abs(lost), 0),
                        "MW",
                        why + "; power/plants.csv rows, " + constants));
            }
            if (r.shareServed().isPresent() && Math.abs(b.shareServedOr(1) - r.shareServedOr(1)) >= 0.0005) {
                chain.add(new HubResult.ChainStep(
                        "power",
                        "share of " + r.name() + "'s demand served",
                        round(100 * r.shareServedOr(1), 1),
                        "%",
                        String.format(
                                Locale.ROOT,
                                "%.0f of %.0f MW demand (power/demand.csv, year %d); base case %.1f%%",
                                r.availableMw(),
                                demand,
                                r.demandYear().orElse(0),
                                100 * b.shareServedOr(1))));
            }
        }
        double nb = pc.base().shareServed().orElse(1);
        double ns = pc.scenario().shareServed().orElse(1);
        if (Math.abs(nb - ns) >= 0.0005) {
            chain.add(new HubResult.ChainStep(
                    "power",
                    "share of the host's electricity demand served",
                    round(100 * ns, 1),
                    "%",
                    String.format(
                            Locale.ROOT,
                            "%.0f MW of %.0f MW demand over all regions (base case %.1f%%)",
                            pc.scenario().availableMw(),
                            pc.scenario().demandMw(),
                            100 * nb)));
        }
        if (!"reported".equals(k.calorificValueConfidence())) {
            illustrative.add("power/constants.csv calorific value is " + k.calorificValueConfidence());
        }
        return new HubResult.PowerPillar(
                pc.base().availableMw(),
                pc.scenario().availableMw(),
                pc.scenario().demandMw(),
                regions,
                List.of(constants));
    }

    // ------------------------------------------------------------ rebuild

    /** Where the base plan of a scenario comes from: solved here, or given (a cached or saved run). */
    public interface BasePlans {
        /**
         * The base plan for these settings ({@code key} names pack, settings and solver parameters), solving it with
         * {@code solve} when it is not at hand, or empty when this source does not solve.
         */
        Optional<Plan> get(String key, java.util.function.Supplier<Plan> solve);

        /** Solves every time. */
        BasePlans SOLVE = (key, solve) -> Optional.of(solve.get());
        /** Never solves: the rebuild pillar is left out (a Brief that must stay fast). */
        BasePlans NONE = (key, solve) -> Optional.empty();
    }

    private BasePlans basePlans = BasePlans.SOLVE;
    private SolveParameters solve = new SolveParameters(900, 2, 0, 2);

    /** The same runner with base plans taken from {@code plans} (for example a store of earlier runs). */
    public HubRunner withBasePlans(BasePlans plans) {
        this.basePlans = plans;
        return this;
    }

    private boolean transitExposure = true;

    /** How a region's share of electricity demand served is read for the programme. */
    public enum Grid {
        /**
         * One interconnected grid: every region is served at the national share (all plants' MW over all regions'
         * demand). The default, since the host's plants feed a national transmission grid.
         */
        NATIONAL,
        /** Islands: each region is served by its own plants only. */
        REGIONAL
    }

    private Grid grid = Grid.NATIONAL;

    /** The same runner with the grid reading of the power step (national pooling by default). */
    public HubRunner withGrid(Grid g) {
        this.grid = g;
        return this;
    }

    /** The same runner without the transit exposure (one disruption per transit country), e.g. for sampling. */
    public HubRunner withTransitExposure(boolean on) {
        this.transitExposure = on;
        return this;
    }

    /** The same runner with the programme's solver parameters (work limit, seed, workers, wall limit). */
    public HubRunner withSolve(SolveParameters params) {
        this.solve = params;
        return this;
    }

    private HubResult.RebuildPillar rebuildPillar(
            ScenarioSpec spec,
            LocalDate at,
            Optional<PowerCase> power,
            RelationsEngine ties,
            List<HubContribution> contributions,
            List<HubResult.ChainStep> chain,
            List<String> illustrative) {
        if (pack.rebuild().damage().isEmpty()) {
            return HubResult.RebuildPillar.none(
                    "the pack has no damage rows (rebuild/assets.csv): no programme to run");
        }
        ScenarioChanges c = spec.changes();
        int startYear = pack.meta().asOf().getYear() + 1;
        ProgrammeSettings base = ProgrammeSettings.defaults(startYear);
        int years = (base.horizonMonths() + 11) / 12;
        List<String> notes = new ArrayList<>();
        ProgrammeSettings scen = base;
        if (c.budgetUsdPerYear().isPresent()) {
            scen = scen.withBudget(c.budgetUsdPerYear().getAsDouble());
        }
        if (!c.crews().isEmpty()) {
            scen = scen.withCrews(c.crews());
        }
        if (c.equityMinSharePercent().isPresent()) {
            scen = scen.withEquityMinShare(c.equityMinSharePercent().getAsDouble());
        }
        List<String> partners = new ArrayList<>();
        if (!c.partners().isEmpty()) {
            List<ProgrammeSettings.PartnerSettings> ps = new ArrayList<>();
            double hostile = c.tieThreshold().orElse(ties.tieThresholds().hostileAtOrBelow());
            for (ScenarioChanges.Commitment cm : c.partners()) {
                Partner p = pack.rebuild().partners().stream()
                        .filter(x -> x.id().equals(cm.partner()))
                        .findFirst()
                        .orElseThrow(() -> new ScenarioException("rebuild.partners: unknown partner '" + cm.partner()
                                + "'; the pack's partners (rebuild/partners.csv) are "
                                + pack.rebuild().partners().stream()
                                        .map(Partner::id)
                                        .toList()));
                for (String cls : cm.assetClasses()) {
                    if (!p.capabilities().contains(cls)) {
                        throw new ScenarioException("rebuild.partners: partner " + p.id() + " cannot take '" + cls
                                + "'; its capabilities in rebuild/partners.csv are " + p.capabilities());
                    }
                }
                String host = hostOf();
                double tie = tie(ties, p.country(), host, at);
                if (tie <= hostile) {
                    notes.add(String.format(
                            Locale.ROOT,
                            "%s may not work in %s: their tie at %s is %.2f, at or below the "
                                    + "hostility threshold %.2f",
                            p.name(),
                            host,
                            at,
                            tie,
                            hostile));
                    chain.add(new HubResult.ChainStep(
                            "relations",
                            p.name() + " kept out of the programme",
                            round(tie, 2),
                            "tie points",
                            "tie " + p.country() + "–" + host + " at " + at + " is at or below " + hostile));
                    continue;
                }
                partners.add(p.id());
                ps.add(new ProgrammeSettings.PartnerSettings(
                        p.id(),
                        cm.assetClasses().isEmpty()
                                ? java.util.Set.copyOf(p.capabilities())
                                : java.util.Set.copyOf(cm.assetClasses()),
                        ProgrammeSettings.PartnerSettings.DEFAULT_CREWS_PER_TYPE,
                        ProgrammeSettings.PartnerSettings.DEFAULT_BUDGET_USD_PER_YEAR));
            }
            scen = scen.withPartners(ps);
        }
        Optional<PowerAvailability> basePower =
                power.map(pc -> availability(pc.base(), startYear, years, "base case gas", grid));
        Optional<PowerAvailability> scenPower =
                power.map(pc -> availability(pc.scenario(), startYear, years, "scenario " + spec.name(), grid));
        ProgrammeSettings baseSettings = basePower.map(base::withPower).orElse(base);
        ProgrammeSettings scenSettings = scenPower.isPresent() ? scen.withPower(scenPower.get()) : scen;
        Programme baseProg;
        Programme scenProg;
        try {
            baseProg = RebuildEngine.programme(pack.rebuild(), baseSettings);
            scenProg = RebuildEngine.programme(pack.rebuild(), scenSettings);
        } catch (IllegalArgumentException ex) {
            throw new ScenarioException("rebuild: " + ex.getMessage(), ex);
        }
        SolveParameters params = c.seed().isPresent()
                ? new SolveParameters(
                        solve.timeLimitSeconds(),
                        solve.workers(),
                        (int) c.seed().getAsLong(),
                        solve.workLimit())
                : solve;
        if (c.timeLimitSeconds().isPresent()) {
            params = params.withTimeLimit(c.timeLimitSeconds().getAsDouble());
        }
        SolveParameters p0 = params;
        String key = pack.meta().name() + "|" + baseSettings + "|" + p0;
        Plan basePlan;
        try {
            Optional<Plan> got = basePlans.get(key, () -> RebuildEngine.plan(baseProg, p0, SolveListener.none()));
            if (got.isEmpty()) {
                return HubResult.RebuildPillar.none(
                        "no base programme at hand: 'crossroads scenario run' solves and stores one "
                                + "(CP-SAT, work limit " + p0.workLimit()
                                + "), and later runs and Briefs on the same database use it");
            }
            basePlan = got.get();
        } catch (ProgrammeInfeasibleException ex) {
            throw new ScenarioException("rebuild: " + ex.getMessage(), ex);
        }
        // an equity floor changes which packages the programme must do: the base plan cannot be re-scored for it
        boolean reoptimise = c.programme() || c.equityMinSharePercent().isPresent();
        Plan scenPlan = basePlan;
        if (reoptimise) {
            try {
                scenPlan = ProgrammeSolver.solve(scenProg, p0, SolveListener.none(), Optional.of(basePlan));
            } catch (ProgrammeInfeasibleException ex) {
                throw new ScenarioException("rebuild (scenario): " + ex.getMessage(), ex);
            }
        }
        double[] b = serviceByYear(baseProg, basePlan);
        double[] s = serviceByYear(scenProg, scenPlan);
        List<HubResult.YearService> ys = new ArrayList<>();
        for (int y = 0; y < b.length; y++) {
            ys.add(new HubResult.YearService(startYear + y, round(b[y], 3), round(s[y], 3)));
        }
        String how = reoptimise
                ? "programme re-solved for the scenario (CP-SAT, warm-started from the base plan, " + "work limit "
                        + p0.workLimit() + ", seed " + p0.seed() + ")"
                : "the base plan (CP-SAT, work limit " + p0.workLimit() + ", seed " + p0.seed()
                        + ") counted under the scenario's power";
        for (HubResult.YearService y : ys) {
            if (Math.abs(y.basePercent() - y.scenarioPercent()) >= 0.05) {
                chain.add(new HubResult.ChainStep(
                        "rebuild",
                        "service restored by the end of " + y.year(),
                        round(y.scenarioPercent(), 2),
                        "%",
                        String.format(
                                Locale.ROOT,
                                "%s; base case %.2f%%; power-dependent packages (rebuild/asset-classes.csv power_dependent) count in "
                                        + "proportion to the share of demand served (%s), gas-fired plants only where gas reaches",
                                how,
                                y.basePercent(),
                                grid == Grid.NATIONAL
                                        ? "national grid: the national share"
                                        : "regional: the region's own plants")));
            }
        }
        notes.add(dev.crossroads.rebuild.programme.Service.DEFINITION + "; " + how);
        String home = pack.meta().home();
        Map<String, String> partnerCountry = new LinkedHashMap<>();
        pack.rebuild().partners().forEach(x -> partnerCountry.put(x.id(), x.country()));
        double built = 0;
        for (Plan.PackageOutcome o : scenPlan.packages()) {
            if (o.selected() && home.equals(partnerCountry.get(o.executor()))) {
                built += o.costUsd();
            }
        }
        if (built > 0) {
            contributions.add(new HubContribution(
                    "rebuild-" + home,
                    HubContribution.Kind.PACKAGE_BUILT,
                    home,
                    hostOf(),
                    at,
                    built,
                    "USD",
                    "packages " + home + "'s partner builds in the scenario's programme",
                    List.of("scenario " + spec.name() + ": rebuild.partners", "programme run " + how)));
        }
        int basePackages = (int) basePlan.packages().stream()
                .filter(Plan.PackageOutcome::selected)
                .count();
        int scenPackages = (int) scenPlan.packages().stream()
                .filter(Plan.PackageOutcome::selected)
                .count();
        if (reoptimise && basePackages != scenPackages) {
            chain.add(new HubResult.ChainStep(
                    "rebuild",
                    "packages chosen",
                    scenPackages,
                    "packages",
                    "the re-solved programme chooses " + scenPackages + " of " + scenPlan.packagesTotal() + " (base "
                            + basePackages + ")"));
        }
        illustrative.add(
                "programme settings (budget, crews, horizon, phasing) are illustrative defaults (ProgrammeSettings)");
        return new HubResult.RebuildPillar(reoptimise, ys, basePackages, scenPackages, partners, notes);
    }

    private String hostOf() {
        return pack.rebuild().regions().stream()
                .map(Region::country)
                .findFirst()
                .orElse(pack.meta().home());
    }

    /** The power input of the programme: each region's share of demand served, and the fuel for new gas-fired plants. */
    static PowerAvailability availability(PowerResult r, int startYear, int years, String basis, Grid grid) {
        Map<String, Double> served = new LinkedHashMap<>();
        Map<String, Double> fuel = new LinkedHashMap<>();
        Map<String, Double> unusedByNode = new LinkedHashMap<>();
        r.nodes().forEach(n -> unusedByNode.put(n.node(), n.unusedBcm()));
        double national = r.shareServed().orElse(1);
        for (PowerResult.RegionSupply x : r.regions()) {
            double share = grid == Grid.NATIONAL && x.demandMw().isPresent() ? national : x.shareServedOr(1);
            served.put(x.region(), Math.max(0, Math.min(1, share)));
            // a new gas-fired plant runs only on gas its region's nodes receive and do not burn yet
            boolean spare = r.plants().stream()
                    .filter(p -> p.region().equals(x.region()) && p.gasNode().isPresent())
                    .anyMatch(p -> unusedByNode.getOrDefault(p.gasNode().get(), 0.0) > EPS_BCM);
            fuel.put(x.region(), spare ? 1.0 : 0.0);
        }
        return PowerAvailability.sameEveryYear(
                served,
                fuel,
                startYear,
                startYear + years - 1,
                basis
                        + " (year " + r.year() + " held for every programme year; "
                        + (grid == Grid.NATIONAL
                                ? "one national grid: every region at the national share served)"
                                : "regional islands: each region served by its own plants)"));
    }

    /**
     * Service restored by the end of each programme year, in percent, of a plan counted under a programme's power:
     * the one definition ({@link dev.crossroads.rebuild.programme.Service#DEFINITION}).
     */
    static double[] serviceByYear(Programme prog, Plan plan) {
        return dev.crossroads.rebuild.programme.Service.percentByYear(prog, plan);
    }

    // ------------------------------------------------------------ relations

    /**
     * The relations engine of the scenario before the hub's contributions: the tie changes it sets (new baseline
     * eras on top of the pack's) and the events it projects.
     */
    RelationsEngine scenarioTies(ScenarioSpec spec) {
        ScenarioChanges c = spec.changes();
        RelationsEngine e = relations;
        try {
            if (!c.ties().isEmpty()) {
                List<BaselineRelation> rows = new ArrayList<>();
                for (ScenarioChanges.TieChange t : c.ties()) {
                    for (BaselineRelation r : pack.relations()) {
                        if ((r.a().equals(t.a()) && r.b().equals(t.b()))
                                || (r.a().equals(t.b()) && r.b().equals(t.a()))) {
                            rows.add(r);
                        }
                    }
                    double now = relations.score(t.a(), t.b(), t.from()).baseline();
                    double moved = Math.max(-10, Math.min(10, now + t.deltaScore()));
                    rows.add(new BaselineRelation(
                            t.a(),
                            t.b(),
                            moved,
                            "scenario",
                            Optional.of(t.from()),
                            Provenance.illustrative(
                                    "scenario " + spec.name() + ": relations.ties moves the baseline by "
                                            + t.deltaScore() + " from " + t.from() + " (held within -10..10)")));
                }
                e = e.withBaselines(rows);
            }
            if (!c.events().isEmpty()) {
                List<LedgerEvent> ev = new ArrayList<>();
                int i = 0;
                for (ScenarioChanges.ProjectedEvent p : c.events()) {
                    CameoCode code = Cameo.standard()
                            .find(p.cameo())
                            .orElseThrow(() -> new ScenarioException(
                                    "relations.events[]: unknown CAMEO code '" + p.cameo() + "'"));
                    ev.add(new LedgerEvent(
                            "scenario-event-" + (++i),
                            p.date(),
                            p.actor1(),
                            p.actor2(),
                            Optional.empty(),
                            code.code(),
                            code.name(),
                            code.goldstein(),
                            code.quadClass(),
                            code.plover(),
                            Modality.ASSERTED,
                            1.0,
                            LedgerEvent.Origin.PROJECTED,
                            "PROJECTED (scenario, not reported): " + (p.text().isEmpty() ? code.name() : p.text()),
                            List.of("scenario " + spec.name() + ": relations.events"),
                            Confidence.DERIVED,
                            List.of()));
                }
                e = e.withProjected(ev);
            }
        } catch (RelationsException ex) {
            throw new ScenarioException("relations: " + ex.getMessage(), ex);
        }
        return e;
    }

    private HubResult.RelationsPillar relationsPillar(
            ScenarioSpec spec,
            GasCase g,
            List<HubResult.MarketChange> markets,
            LocalDate at,
            RelationsEngine ties,
            List<HubContribution> contributions,
            List<HubResult.ChainStep> chain) {
        String home = pack.meta().home();
        // the hub's gas contributions: what the scenario delivers beyond the base case to markets abroad
        Map<String, Double> gasByCountry = new LinkedHashMap<>();
        for (HubResult.MarketChange m : markets) {
            if (!m.country().equals(home) && m.gainedBcm() >= EPS_BCM) {
                gasByCountry.merge(m.country(), m.gainedBcm(), Double::sum);
            }
        }
        gasByCountry.forEach((country, bcm) -> contributions.add(new HubContribution(
                "gas-" + country,
                HubContribution.Kind.GAS_DELIVERY,
                home,
                country,
                at,
                bcm,
                "bcm",
                "gas beyond the base case",
                List.of("energy allocation LP, year " + g.base().year() + ", scenario " + spec.name()))));
        RelationsEngine scen;
        try {
            scen = contributions.isEmpty() ? ties : ties.withContributions(contributions, ProjectionScale.DEFAULT);
        } catch (RelationsException ex) {
            throw new ScenarioException("relations: " + ex.getMessage(), ex);
        }
        List<String> projected = new ArrayList<>();
        for (LedgerEvent e : scen.ledger().events()) {
            if (e.isProjected()) {
                projected.add(e.date() + " " + e.actor1() + ">" + e.actor2() + " " + e.cameoName() + " (weight "
                        + String.format(Locale.ROOT, "%.2f", e.weight()) + "): " + e.text());
            }
        }
        // the hub's ties with the recipients and the states the scenario touches
        java.util.Set<String> partners = new java.util.TreeSet<>(gasByCountry.keySet());
        contributions.forEach(c -> partners.add(c.recipient()));
        spec.changes().events().forEach(e -> {
            partners.add(e.actor1());
            partners.add(e.actor2());
        });
        spec.changes().ties().forEach(t -> {
            partners.add(t.a());
            partners.add(t.b());
        });
        partners.remove(home);
        List<HubResult.TieChange> tieChanges = new ArrayList<>();
        for (String c : partners) {
            TieReading before;
            TieReading after;
            try {
                before = relations.tie(home, c, at);
                after = scen.tie(home, c, at);
            } catch (RelationsException ex) {
                continue;
            }
            tieChanges.add(new HubResult.TieChange(
                    home,
                    c,
                    round(before.tie(), 2),
                    round(after.tie(), 2),
                    before.tieClass().name().toLowerCase(Locale.ROOT),
                    after.tieClass().name().toLowerCase(Locale.ROOT)));
            if (Math.abs(after.tie() - before.tie()) >= 0.005) {
                chain.add(new HubResult.ChainStep(
                        "relations",
                        "projected tie " + home + "–" + c,
                        round(after.tie(), 2),
                        "tie (-10..10)",
                        String.format(
                                Locale.ROOT,
                                "reported tie %.2f; projected events of the scenario "
                                        + "(origin PROJECTED, never mixed with reported ones): %s",
                                before.tie(),
                                String.join(
                                        "; ",
                                        contributions.stream()
                                                .filter(x -> x.recipient().equals(c))
                                                .map(x -> ProjectionScale.DEFAULT.describe(x))
                                                .toList()))));
            }
        }
        List<HubResult.Exposure> exposure = transitExposure ? transitExposure(g, at, scen) : List.of();
        List<HubResult.DyadChange> dyads = new ArrayList<>();
        for (ScenarioSpec.Dyad d : spec.dyads()) {
            MediatorRanking.Result base;
            MediatorRanking.Result after;
            try {
                base = relations.mediators(d.a(), d.b(), at);
                after = scen.mediators(d.a(), d.b(), at);
            } catch (RelationsException ex) {
                throw new ScenarioException("dyads: " + ex.getMessage(), ex);
            }
            Map<String, MediatorScore> afterBy = new LinkedHashMap<>();
            after.ranking().forEach(x -> afterBy.put(x.state(), x));
            Map<String, MediatorScore> baseBy = new LinkedHashMap<>();
            base.ranking().forEach(x -> baseBy.put(x.state(), x));
            java.util.Set<String> shown = new java.util.LinkedHashSet<>();
            base.ranking().stream().limit(5).forEach(x -> shown.add(x.state()));
            after.ranking().stream().limit(5).forEach(x -> shown.add(x.state()));
            shown.add(home);
            List<HubResult.MediatorChange> ms = new ArrayList<>();
            for (String st : shown) {
                MediatorScore s0 = baseBy.get(st);
                MediatorScore s1 = afterBy.get(st);
                if (s0 == null || s1 == null) {
                    continue;
                }
                List<HubResult.ComponentChange> cs = new ArrayList<>();
                for (Component c0 : s0.components()) {
                    double v1 = s1.components().stream()
                            .filter(x -> x.name().equals(c0.name()))
                            .mapToDouble(Component::value)
                            .findFirst()
                            .orElse(c0.value());
                    cs.add(new HubResult.ComponentChange(c0.name(), round(c0.value(), 4), round(v1, 4)));
                    if (Math.abs(v1 - c0.value()) >= 0.0005) {
                        chain.add(new HubResult.ChainStep(
                                "relations",
                                s1.name() + " as mediator for " + d.a() + "–" + d.b() + ": " + c0.name(),
                                round(v1, 3),
                                "component (0..1)",
                                String.format(
                                        Locale.ROOT,
                                        "%.3f without the scenario's projected events; score %.3f -> %.3f, rank %d -> %d",
                                        c0.value(),
                                        s0.score(),
                                        s1.score(),
                                        s0.rank(),
                                        s1.rank())));
                    }
                }
                ms.add(new HubResult.MediatorChange(
                        st, s1.name(), s0.rank(), s1.rank(), round(s0.score(), 4), round(s1.score(), 4), cs));
            }
            ms.sort(java.util.Comparator.comparingInt(HubResult.MediatorChange::scenarioRank));
            dyads.add(new HubResult.DyadChange(d.a(), d.b(), ms));
        }
        return new HubResult.RelationsPillar(home, tieChanges, dyads, projected, exposure);
    }

    /** For each country the hub's gas crosses: the hub's tie with it and the volume and value at stake if it closed. */
    private List<HubResult.Exposure> transitExposure(GasCase g, LocalDate at, RelationsEngine ties) {
        String home = pack.meta().home();
        List<HubResult.Exposure> exposure = new ArrayList<>();
        try {
            java.util.TreeSet<String> transit = new java.util.TreeSet<>();
            for (GasNetwork.Arc a : g.base().arcs()) {
                if (!a.country().equals(home)
                        && g.baseAllocation().flows().stream()
                                .anyMatch(f -> f.arc().equals(a.id()) && f.flowBcm() > EPS_BCM)) {
                    transit.add(a.country());
                }
            }
            for (String c : transit) {
                DisruptionResult dr = energy.disrupt(g.base(), Disruption.transit(c));
                double lostBcm = dr.markets().stream()
                        .mapToDouble(m -> Math.max(0, m.lostBcm()))
                        .sum();
                double lostValue = dr.markets().stream()
                        .mapToDouble(m -> Math.max(0, m.lostNetbackUsd()))
                        .sum();
                String cls;
                double tie;
                try {
                    TieReading t = ties.tie(home, c, at);
                    tie = t.tie();
                    cls = t.tieClass().name().toLowerCase(Locale.ROOT);
                } catch (RelationsException ex) {
                    tie = 0;
                    cls = "unknown";
                }
                exposure.add(
                        new HubResult.Exposure(c, relations.name(c), round(tie, 2), cls, lostValue, clean(lostBcm)));
            }
        } catch (EnergyException | IllegalArgumentException ex) {
            throw new ScenarioException("transit exposure: " + ex.getMessage(), ex);
        }
        exposure.sort(java.util.Comparator.comparingDouble(HubResult.Exposure::valueAtStakeUsd)
                .reversed());
        return exposure;
    }

    private static double tie(RelationsEngine e, String a, String b, LocalDate at) {
        try {
            return e.tie(a, b, at).tie();
        } catch (RelationsException ex) {
            return 0;
        }
    }

    static double clean(double v) {
        return Math.abs(v) < 1e-9 ? 0 : v;
    }

    static double round(double v, int digits) {
        double f = Math.pow(10, digits);
        return Math.round(v * f) / f;
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
