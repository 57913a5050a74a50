package dev.crossroads.scenario;

import dev.crossroads.core.Confidence;
import dev.crossroads.core.Provenance;
import dev.crossroads.core.gas.Market;
import dev.crossroads.core.gas.ReportedDelivery;
import dev.crossroads.core.model.Source;
import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.core.rebuild.AssetClass;
import dev.crossroads.core.rebuild.Damage;
import dev.crossroads.core.rebuild.ReferenceFigure;
import dev.crossroads.core.rebuild.UnitCost;
import dev.crossroads.energy.AllocationResult;
import dev.crossroads.energy.Disruption;
import dev.crossroads.energy.DisruptionResult;
import dev.crossroads.energy.Diversification;
import dev.crossroads.energy.EnergyEngine;
import dev.crossroads.energy.EnergyException;
import dev.crossroads.energy.GasNetwork;
import dev.crossroads.rebuild.RebuildEngine;
import dev.crossroads.rebuild.needs.Needs;
import dev.crossroads.relations.RelationsEngine;
import dev.crossroads.relations.RelationsException;
import dev.crossroads.relations.ledger.LedgerEvent;
import dev.crossroads.relations.ledger.Portfolio;
import dev.crossroads.relations.mediation.MediatorRanking;
import dev.crossroads.relations.mediation.MediatorScore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs a scenario through the three engines on one pack and gathers the Brief's figures with their notes.
 *
 * <pre>{@code
 * BriefData b = new ScenarioRunner(pack, RelationsEngine.of(pack, List.of(), Settings.DEFAULT), Clock.systemUTC())
 *         .run(ScenarioSpec.demonstration());
 * }</pre>
 */
public final class ScenarioRunner {
    static final int TOP_MEDIATORS = 5;
    static final int TOP_TIES = 5;
    static final int TOP_SHARES = 6;

    private final RegionPack pack;
    private final RelationsEngine relations;
    private final Clock clock;
    private final EnergyEngine energy = new EnergyEngine();

    public ScenarioRunner(RegionPack pack, RelationsEngine relations, Clock clock) {
        this.pack = pack;
        this.relations = relations;
        this.clock = clock;
    }

    private HubRunner.BasePlans basePlans = HubRunner.BasePlans.NONE;

    /** The same runner, with the base programmes of the chain's rebuild step taken from {@code plans}. */
    public ScenarioRunner withBasePlans(HubRunner.BasePlans plans) {
        this.basePlans = plans;
        return this;
    }

    /** A runner on the pack's curated events only. */
    public static ScenarioRunner of(RegionPack pack) {
        return new ScenarioRunner(
                pack, RelationsEngine.of(pack, List.of(), RelationsEngine.Settings.DEFAULT), Clock.systemUTC());
    }

    /** The latest year the pack reports gas deliveries for, else the year of its as-of date. */
    public int defaultYear() {
        return GasBaseCase.defaultYear(pack);
    }

    public BriefData run(ScenarioSpec spec) {
        int year = spec.year().orElse(defaultYear());
        LocalDate at = spec.at().orElse(pack.meta().asOf());
        Instant solvedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Notes notes = new Notes(solvedAt);
        String home = pack.meta().home();
        BriefData.Pack p = new BriefData.Pack(
                pack.meta().name(),
                pack.meta().title(),
                pack.meta().asOf(),
                home,
                pack.country(home).map(c -> c.name()).orElse(home));
        // the gas case is solved once and shared by the Brief's energy section and the hub chain
        HubRunner hubRunner = new HubRunner(pack, relations).withBasePlans(basePlans);
        HubRunner.GasCase gas = energyCase(hubRunner, spec, year);
        BriefData.Energy e = energy(spec, year, notes, gas);
        BriefData.Relations r = relations(spec, at, home, notes);
        BriefData.Rebuild b = rebuild(notes);
        List<BriefData.SourceRef> sources = new ArrayList<>();
        for (String id : notes.sourceIds) {
            Optional<Source> s = pack.source(id);
            sources.add(s.map(x -> new BriefData.SourceRef(x.id(), x.publisher(), x.title(), x.date(), x.url()))
                    .orElse(new BriefData.SourceRef(id, "", "(not in sources.csv)", "", "")));
        }
        HubResult hub = hubRunner.run(spec, gas);
        return new BriefData(
                spec,
                year,
                at,
                p,
                solvedAt,
                e,
                r,
                b,
                notes.list,
                sources,
                hub.chain(),
                hub.pillars().power(),
                hub.pillars().relations().transitExposure());
    }

    // ------------------------------------------------------------ energy

    private HubRunner.GasCase energyCase(HubRunner hubRunner, ScenarioSpec spec, int year) {
        if (pack.gas().markets().isEmpty()) {
            throw new ScenarioException("the pack " + pack.meta().name() + " has no gas markets (gas/markets.csv)");
        }
        return hubRunner.gas(spec, year);
    }

    private BriefData.Energy energy(ScenarioSpec spec, int year, Notes notes, HubRunner.GasCase gas) {
        Map<String, Integer> reportedNote = new LinkedHashMap<>();
        for (ReportedDelivery d : pack.gas().deliveries()) {
            if (d.year() == year) {
                int n = notes.source(d.provenance());
                reportedNote.merge(d.market(), n, (x, y) -> x);
            }
        }
        Map<String, Double> reported = GasBaseCase.reported(pack, year);
        Map<String, java.util.OptionalDouble> asReported = GasBaseCase.asReported(pack, year);
        GasNetwork net = gas.base();
        String base = GasBaseCase.baseOf(net).label();
        String params = "year=" + year + " base=" + base;
        try {
            Optional<Disruption> d = Optional.empty();
            if (spec.disrupts()) {
                d = Optional.of(new Disruption(spec.cut(), spec.transit(), 0, Optional.empty()));
                params += (spec.cut().isEmpty() ? "" : " cut=" + String.join(",", spec.cut()))
                        + (spec.transit().isEmpty() ? "" : " transit=" + String.join(",", spec.transit()));
            }
            AllocationResult alloc = gas.baseAllocation();
            Optional<String> home = Optional.of(pack.meta().home());
            Diversification before = energy.metrics(net, alloc, "base case", home);
            Optional<DisruptionResult> dr = gas.disruption();
            Optional<Diversification> after = Optional.empty();
            if (d.isPresent() && dr.isPresent()) {
                after = Optional.of(energy.metrics(
                        gas.scenario(), dr.get().disrupted(), d.get().describe(), home));
            }
            List<GasInputCaveats.Caveat> caveats = GasInputCaveats.of(
                    pack,
                    dr.isPresent() ? gas.scenario() : net,
                    dr.isPresent() ? dr.get().disrupted() : alloc);
            int engineNote = notes.engine("energy " + (d.isPresent() ? "disrupt" : "allocate") + " " + params);
            List<BriefData.Market> markets = new ArrayList<>();
            for (Market m : pack.gas().markets()) {
                double baseBcm = before.markets().stream()
                        .filter(s -> s.market().equals(m.id()))
                        .mapToDouble(Diversification.MarketShare::deliveredBcm)
                        .findFirst()
                        .orElse(0);
                double disrupted = baseBcm;
                double lostNetback = 0;
                double valueLost = 0;
                if (dr.isPresent()) {
                    Optional<DisruptionResult.MarketImpact> mi = dr.get().markets().stream()
                            .filter(x -> x.market().equals(m.id()))
                            .findFirst();
                    if (mi.isPresent()) {
                        baseBcm = mi.get().baseBcm();
                        disrupted = mi.get().disruptedBcm();
                        lostNetback = mi.get().lostNetbackUsd();
                        valueLost = mi.get().valueLostUsd();
                    }
                }
                markets.add(new BriefData.Market(
                        m.id(),
                        m.name(),
                        m.country(),
                        baseBcm,
                        disrupted,
                        baseBcm - disrupted,
                        lostNetback,
                        Optional.ofNullable(reported.get(m.id())),
                        reportedNote.getOrDefault(m.id(), 0),
                        asReported.containsKey(m.id()) && asReported.get(m.id()).isPresent()
                                ? Optional.of(asReported.get(m.id()).getAsDouble())
                                : Optional.empty(),
                        Math.max(0, baseBcm - disrupted),
                        Math.max(0, disrupted - baseBcm),
                        valueLost));
            }
            markets.sort(Comparator.comparingDouble(BriefData.Market::baseBcm)
                    .reversed()
                    .thenComparing(BriefData.Market::id));
            Optional<BriefData.Disruption> dis = Optional.empty();
            if (dr.isPresent()) {
                DisruptionResult x = dr.get();
                dis = Optional.of(new BriefData.Disruption(
                        d.get().describe(),
                        x.affectedArcs(),
                        x.lostBcm(),
                        x.lostNetbackUsd(),
                        after.get().hhiMarkets(),
                        after.get().hhiTransitCountries(),
                        x.explanation(),
                        after.get().transitHhiDefined(),
                        after.get().transitReading()));
            }
            return new BriefData.Energy(
                    year,
                    base,
                    markets,
                    alloc.deliveredBcm(),
                    before.hhiMarkets(),
                    before.hhiTransitCountries(),
                    dis,
                    engineNote,
                    before.transitHhiDefined(),
                    before.transitReading(),
                    caveats.stream().map(GasInputCaveats.Caveat::text).toList(),
                    reportedGroups(year, reported, notes));
        } catch (EnergyException | IllegalArgumentException ex) {
            throw new ScenarioException("energy: " + ex.getMessage(), ex);
        }
    }

    /** The year's published group totals, each beside the sum of its markets' modelled deliveries. */
    private List<BriefData.GroupFigure> reportedGroups(int year, Map<String, Double> reported, Notes notes) {
        List<BriefData.GroupFigure> out = new ArrayList<>();
        for (dev.crossroads.core.gas.ReportedGroup g : pack.gas().reportedGroups()) {
            if (g.year() != year) {
                continue;
            }
            double modelled = g.markets().stream()
                    .mapToDouble(m -> reported.getOrDefault(m, 0.0))
                    .sum();
            out.add(new BriefData.GroupFigure(
                    g.group(), g.markets(), g.reportedBcm(), modelled, notes.source(g.provenance())));
        }
        return out;
    }

    // ------------------------------------------------------------ relations

    private BriefData.Relations relations(ScenarioSpec spec, LocalDate at, String home, Notes notes) {
        try {
            int engineNote = notes.engine("relations mediators+balance at=" + at + " dyads="
                    + String.join(
                            ",",
                            spec.dyads().stream().map(d -> d.a() + "-" + d.b()).toList())
                    + " half-life=" + relations.settings().halfLifeDays() + "d");
            List<BriefData.DyadMediators> dyads = new ArrayList<>();
            for (ScenarioSpec.Dyad d : spec.dyads()) {
                MediatorRanking.Result r = relations.mediators(d.a(), d.b(), at);
                List<BriefData.Mediator> ms = new ArrayList<>();
                for (MediatorScore s : r.ranking()
                        .subList(0, Math.min(TOP_MEDIATORS, r.ranking().size()))) {
                    Set<String> ids = new TreeSet<>();
                    List<String> evidence = new ArrayList<>();
                    Confidence worst = Confidence.REPORTED;
                    for (var c : s.components()) {
                        for (LedgerEvent ev : c.evidence()) {
                            for (String pr : ev.provenance()) {
                                if (pr.startsWith("source ")) {
                                    ids.add(pr.substring("source ".length()));
                                }
                            }
                            String line = ev.date() + " " + ev.actor1() + ">" + ev.actor2()
                                    + ev.mediator().map(m -> " via " + m).orElse("") + " " + ev.cameoName();
                            if (evidence.size() < 4 && !evidence.contains(line)) {
                                evidence.add(line);
                            }
                        }
                    }
                    int note = ids.isEmpty()
                            ? engineNote
                            : notes.sources(
                                    List.copyOf(ids),
                                    "evidence of " + s.state() + " for " + d.a() + "-" + d.b()
                                            + " (curated pack events)",
                                    worst);
                    ms.add(new BriefData.Mediator(
                            s.rank(),
                            s.state(),
                            s.name(),
                            s.score(),
                            s.components().stream()
                                    .map(c -> new BriefData.Component(c.name(), c.value(), c.weight(), c.points()))
                                    .toList(),
                            s.bias(),
                            s.leansTo(),
                            evidence,
                            note));
                }
                dyads.add(new BriefData.DyadMediators(
                        r.a(), relations.name(r.a()), r.b(), relations.name(r.b()), r.dyadScore(), ms));
            }
            List<BriefData.Tie> strongest = List.of();
            List<BriefData.Tie> weakest = List.of();
            try {
                Portfolio pf = relations.balance(home, at.minusYears(1), at);
                List<BriefData.Tie> ties = pf.ties().stream()
                        .map(t -> new BriefData.Tie(t.partner(), relations.name(t.partner()), t.now(), t.shift()))
                        .sorted(Comparator.comparingDouble(BriefData.Tie::score)
                                .reversed()
                                .thenComparing(BriefData.Tie::partner))
                        .toList();
                strongest = ties.subList(0, Math.min(TOP_TIES, ties.size()));
                List<BriefData.Tie> rev = new ArrayList<>(ties);
                java.util.Collections.reverse(rev);
                weakest = rev.subList(0, Math.min(TOP_TIES, rev.size()));
            } catch (RelationsException ex) {
                // the home state has no ties in the pack: the Brief says so by showing none
            }
            return new BriefData.Relations(home, dyads, strongest, weakest, engineNote);
        } catch (IllegalArgumentException ex) {
            throw new ScenarioException("relations: " + ex.getMessage(), ex);
        }
    }

    // ------------------------------------------------------------ rebuild

    private BriefData.Rebuild rebuild(Notes notes) {
        Needs n;
        try {
            n = RebuildEngine.needs(pack.rebuild());
        } catch (IllegalArgumentException ex) {
            throw new ScenarioException("rebuild: " + ex.getMessage(), ex);
        }
        int engineNote = notes.engine("rebuild needs (damage x unit cost, low/central/high)");
        Optional<BriefData.Reference> ref = n.references().stream()
                .filter(c -> c.kind().equals("total"))
                .findFirst()
                .map(c -> reference(c, notes, engineNote));
        // the published asset groups (World Bank: residential, non-residential, infrastructure), like with like
        List<BriefData.Reference> groupRefs = n.references().stream()
                .filter(c -> c.kind().equals("group"))
                .map(c -> reference(c, notes, engineNote))
                .toList();
        Map<String, AssetClass> classes = new LinkedHashMap<>();
        pack.rebuild().assetClasses().forEach(a -> classes.put(a.id(), a));
        // provenance of the input rows (damage and unit costs) behind each sector and region
        Map<String, List<Provenance>> bySector = new LinkedHashMap<>();
        Map<String, List<Provenance>> byRegion = new LinkedHashMap<>();
        for (Damage d : pack.rebuild().damage()) {
            AssetClass a = classes.get(d.assetClass());
            if (a != null) {
                bySector.computeIfAbsent(a.sector().code(), k -> new ArrayList<>())
                        .add(d.provenance());
            }
            byRegion.computeIfAbsent(d.region(), k -> new ArrayList<>()).add(d.provenance());
        }
        for (UnitCost u : pack.rebuild().unitCosts()) {
            AssetClass a = classes.get(u.assetClass());
            if (a != null) {
                bySector.computeIfAbsent(a.sector().code(), k -> new ArrayList<>())
                        .add(u.provenance());
            }
        }
        List<BriefData.Share> sectors = n.sectors().stream()
                .sorted(Comparator.comparingDouble(Needs.Total::centralUsd).reversed())
                .limit(TOP_SHARES)
                .map(t -> new BriefData.Share(
                        t.sector(),
                        t.sector(),
                        t.lowUsd(),
                        t.centralUsd(),
                        t.highUsd(),
                        notes.merged(bySector.getOrDefault(t.sector(), List.of()), "inputs of sector " + t.sector())))
                .toList();
        Map<String, double[]> regions = new LinkedHashMap<>();
        Map<String, String> regionNames = new LinkedHashMap<>();
        for (Needs.Line l : n.lines()) {
            double[] v = regions.computeIfAbsent(l.region(), k -> new double[3]);
            v[0] += l.lowUsd();
            v[1] += l.centralUsd();
            v[2] += l.highUsd();
            regionNames.put(l.region(), l.regionName());
        }
        List<BriefData.Share> regs = regions.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, double[]> x) -> x.getValue()[1])
                        .reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(TOP_SHARES)
                .map(x -> new BriefData.Share(
                        x.getKey(),
                        regionNames.get(x.getKey()),
                        x.getValue()[0],
                        x.getValue()[1],
                        x.getValue()[2],
                        notes.merged(
                                byRegion.getOrDefault(x.getKey(), List.of()),
                                "damage rows of " + regionNames.get(x.getKey()) + " with the unit costs")))
                .toList();
        return new BriefData.Rebuild(
                n.total().lowUsd(),
                n.total().centralUsd(),
                n.total().highUsd(),
                ref,
                sectors,
                regs,
                engineNote,
                groupRefs);
    }

    private BriefData.Reference reference(Needs.ReferenceComparison c, Notes notes, int engineNote) {
        int note = pack.rebuild().references().stream()
                .filter(r -> r.id().equals(c.id()))
                .findFirst()
                .map(ReferenceFigure::provenance)
                .map(notes::source)
                .orElse(engineNote);
        return new BriefData.Reference(
                c.id(),
                c.name(),
                c.year(),
                c.lowUsd(),
                c.centralUsd(),
                c.highUsd(),
                c.coveragePercent(),
                c.assessment(),
                note,
                c.comparedWith(),
                c.packCentralUsd());
    }

    // ------------------------------------------------------------ notes

    /** Numbers the notes in order of first use, one per distinct text, and collects the source ids cited. */
    private static final class Notes {
        final List<BriefData.Note> list = new ArrayList<>();
        final Set<String> sourceIds = new LinkedHashSet<>();
        private final Map<String, Integer> byKey = new LinkedHashMap<>();
        private final Instant solvedAt;

        Notes(Instant solvedAt) {
            this.solvedAt = solvedAt;
        }

        int engine(String what) {
            return add("engine", "engine run: " + what + ", solved " + solvedAt, List.of(), "derived", false);
        }

        int source(Provenance p) {
            String text = p.note().isBlank() ? "pack row" : p.note();
            return add("source", text, p.sourceIds(), p.confidence().code(), p.confidence() == Confidence.ILLUSTRATIVE);
        }

        int sources(List<String> ids, String text, Confidence c) {
            return add("source", text, ids, c.code(), false);
        }

        /** One note for many rows: the union of their sources, the confidences found, illustrative if any is. */
        int merged(List<Provenance> rows, String text) {
            Set<String> ids = new TreeSet<>();
            Set<String> conf = new TreeSet<>();
            boolean illustrative = false;
            for (Provenance p : rows) {
                ids.addAll(p.sourceIds());
                conf.add(p.confidence().code());
                illustrative |= p.confidence() == Confidence.ILLUSTRATIVE;
            }
            return add(
                    "source", text, List.copyOf(ids), conf.isEmpty() ? "none" : String.join(", ", conf), illustrative);
        }

        private int add(String kind, String text, List<String> ids, String confidence, boolean illustrative) {
            String key = kind + "|" + text + "|" + ids + "|" + confidence;
            Integer have = byKey.get(key);
            if (have != null) {
                return have;
            }
            int number = list.size() + 1;
            list.add(new BriefData.Note(number, kind, text, ids, confidence.toLowerCase(Locale.ROOT), illustrative));
            byKey.put(key, number);
            sourceIds.addAll(ids);
            return number;
        }
    }
}
