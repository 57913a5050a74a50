package dev.crossroads.core.pack;

import dev.crossroads.core.Provenance;
import dev.crossroads.core.gas.CapacityStep;
import dev.crossroads.core.gas.Contract;
import dev.crossroads.core.gas.Field;
import dev.crossroads.core.gas.GasNode;
import dev.crossroads.core.gas.GasSystem;
import dev.crossroads.core.gas.Market;
import dev.crossroads.core.gas.Pipeline;
import dev.crossroads.core.gas.Swap;
import dev.crossroads.core.model.Actor;
import dev.crossroads.core.model.ActorKind;
import dev.crossroads.core.model.BaselineRelation;
import dev.crossroads.core.model.Country;
import dev.crossroads.core.model.CuratedEvent;
import dev.crossroads.core.model.Source;
import dev.crossroads.core.power.PowerConstant;
import dev.crossroads.core.power.PowerDemand;
import dev.crossroads.core.power.PowerInputs;
import dev.crossroads.core.power.PowerPlant;
import dev.crossroads.core.rebuild.AssetClass;
import dev.crossroads.core.rebuild.Damage;
import dev.crossroads.core.rebuild.Partner;
import dev.crossroads.core.rebuild.RebuildInputs;
import dev.crossroads.core.rebuild.ReferenceFigure;
import dev.crossroads.core.rebuild.Region;
import dev.crossroads.core.rebuild.UnitCost;
import dev.crossroads.core.roads.RoadNetwork;
import dev.crossroads.core.roads.RoadNode;
import dev.crossroads.core.roads.RoadSegment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks that span files, run once every file is read: unique keys, every id a row names is defined where
 * it should be, every source id resolves, tenures of one office do not overlap, dependencies have no cycle, and
 * the power section fits the gas and rebuild sections.
 */
final class CrossChecks {
    private final LoadContext ctx;
    private final Problems problems;
    private final References refs;

    CrossChecks(LoadContext ctx) {
        this.ctx = ctx;
        this.problems = ctx.problems();
        this.refs = new References(ctx);
    }

    /** The checks between the political, gas, rebuild and road sections and the manifest. */
    void crossCheck(PackMeta meta, RelationsRows rel, GasSystem gas, RebuildInputs rebuild, RoadNetwork roads) {
        List<Source> sources = rel.sources();
        List<Country> countries = rel.countries();
        List<Actor> actors = rel.actors();
        List<BaselineRelation> relations = rel.relations();
        List<CuratedEvent> events = rel.events();
        Set<String> sourceIds = refs.unique(sources, Source::id, "id", "source");
        Set<String> iso3 = refs.unique(countries, Country::iso3, "iso3", "country");
        refs.unique(actors, Actor::id, "id", "actor");
        refs.unique(
                relations,
                r -> r.dyadKey() + r.since().map(d -> " since " + d).orElse(" (no since)"),
                "since",
                "relation between");
        refs.unique(events, CuratedEvent::id, "id", "event");
        Set<String> gasNodes = refs.unique(gas.nodes(), GasNode::id, "id", "gas node");
        Set<String> fields = refs.unique(gas.fields(), Field::id, "id", "field");
        refs.unique(gas.supply(), s -> s.field() + " in " + s.year(), "year", "supply row for field");
        Set<String> pipelines = refs.unique(gas.pipelines(), Pipeline::id, "id", "pipeline");
        refs.unique(gas.expansions(), s -> s.pipeline() + " in " + s.year(), "year", "expansion of");
        Set<String> swaps = refs.unique(gas.swaps(), Swap::id, "id", "swap");
        Set<String> markets = refs.unique(gas.markets(), Market::id, "id", "market");
        refs.unique(gas.contracts(), Contract::id, "id", "contract");
        refs.unique(gas.deliveries(), d -> d.market() + " in " + d.year(), "year", "delivery row for market");
        refs.unique(gas.reportedGroups(), g -> g.group() + " in " + g.year(), "year", "reported total for group");
        Set<String> regions = refs.unique(rebuild.regions(), Region::id, "id", "region");
        Set<String> classes = refs.unique(rebuild.assetClasses(), AssetClass::id, "id", "asset class");
        refs.unique(rebuild.damage(), d -> d.region() + "/" + d.assetClass(), "asset_class", "damage row for");
        Set<String> costed = refs.unique(rebuild.unitCosts(), UnitCost::assetClass, "asset_class", "unit cost for");
        refs.unique(rebuild.dependencies(), d -> d.before() + " -> " + d.after(), "after", "dependency");
        refs.unique(rebuild.partners(), Partner::id, "id", "partner");
        refs.unique(rebuild.references(), ReferenceFigure::id, "id", "reference");
        Set<String> roadNodes = refs.unique(roads.nodes(), RoadNode::id, "id", "road node");
        refs.unique(roads.segments(), RoadSegment::id, "id", "road segment");
        Set<String> pipelineAndSwapIds = new HashSet<>(pipelines);
        for (String s : swaps) {
            if (!pipelineAndSwapIds.add(s)) {
                problems.warning(
                        "gas/swaps.csv",
                        0,
                        0,
                        "swap id " + s + " is also a pipeline id: cutting it by id is ambiguous");
            }
        }

        if (!iso3.contains(meta.home())) {
            problems.error("pack.yaml", 0, 0, "home '" + meta.home() + "' is not a country in countries.csv");
        }
        meta.defaultScenario().ifPresent(d -> checkDefaultScenario(d, iso3, pipelineAndSwapIds, gasNodes));

        // sources of every fact row
        for (Map.Entry<Object, Provenance> e : ctx.provenances().entrySet()) {
            for (String s : e.getValue().sourceIds()) {
                if (!sourceIds.contains(s)) {
                    ctx.origin(e.getKey())
                            .error(
                                    "source",
                                    "source id '" + s + "' is not defined in sources.csv: add it there or fix the id");
                }
            }
        }

        actors.forEach(a -> refs.ref(a, "country", a.country(), iso3, "countries.csv"));
        relations.forEach(r -> {
            refs.ref(r, "a", r.a(), iso3, "countries.csv");
            refs.ref(r, "b", r.b(), iso3, "countries.csv");
        });
        for (CuratedEvent e : events) {
            refs.ref(e, "actor1", e.actor1(), iso3, "countries.csv");
            refs.ref(e, "actor2", e.actor2(), iso3, "countries.csv");
            e.mediator().ifPresent(m -> refs.ref(e, "mediator", m, iso3, "countries.csv"));
            if (e.date().isAfter(meta.asOf())) {
                ctx.origin(e).warning("date", "event date " + e.date() + " is after the pack's asOf " + meta.asOf());
            }
        }
        checkTenures(actors);

        gas.nodes().forEach(n -> refs.ref(n, "country", n.country(), iso3, "countries.csv"));
        gas.fields().forEach(f -> {
            refs.ref(f, "country", f.country(), iso3, "countries.csv");
            refs.ref(f, "node", f.node(), gasNodes, "gas/nodes.csv");
        });
        gas.supply().forEach(s -> refs.ref(s, "field", s.field(), fields, "gas/fields.csv"));
        for (Pipeline p : gas.pipelines()) {
            refs.ref(p, "from", p.from(), gasNodes, "gas/nodes.csv");
            refs.ref(p, "to", p.to(), gasNodes, "gas/nodes.csv");
            refs.ref(p, "country", p.country(), iso3, "countries.csv");
        }
        Map<String, Pipeline> pipeById = new HashMap<>();
        gas.pipelines().forEach(p -> pipeById.putIfAbsent(p.id(), p));
        for (CapacityStep s : gas.expansions()) {
            refs.ref(s, "pipeline", s.pipeline(), pipelines, "gas/pipelines.csv");
            Pipeline p = pipeById.get(s.pipeline());
            if (p != null && s.year() < p.commissioned()) {
                ctx.origin(s)
                        .error(
                                "year",
                                "expansion of " + p.id() + " in " + s.year()
                                        + " is before the pipeline was commissioned (" + p.commissioned()
                                        + "): fix the year or the commissioning year");
            }
        }
        for (Swap s : gas.swaps()) {
            refs.ref(s, "from", s.from(), gasNodes, "gas/nodes.csv");
            refs.ref(s, "to", s.to(), gasNodes, "gas/nodes.csv");
            refs.ref(s, "via", s.via(), iso3, "countries.csv");
        }
        gas.markets().forEach(m -> {
            refs.ref(m, "country", m.country(), iso3, "countries.csv");
            refs.ref(m, "node", m.node(), gasNodes, "gas/nodes.csv");
        });
        gas.contracts().forEach(c -> refs.ref(c, "market", c.market(), markets, "gas/markets.csv"));
        gas.deliveries().forEach(d -> refs.ref(d, "market", d.market(), markets, "gas/markets.csv"));
        gas.reportedGroups()
                .forEach(g -> g.markets().forEach(m -> refs.ref(g, "markets", m, markets, "gas/markets.csv")));

        rebuild.regions().forEach(r -> refs.ref(r, "country", r.country(), iso3, "countries.csv"));
        for (Damage d : rebuild.damage()) {
            refs.ref(d, "region", d.region(), regions, "rebuild/regions.csv");
            refs.ref(d, "asset_class", d.assetClass(), classes, "rebuild/asset-classes.csv");
            if (classes.contains(d.assetClass())
                    && !costed.contains(d.assetClass())
                    && !rebuild.unitCosts().isEmpty()) {
                ctx.origin(d)
                        .warning(
                                "asset_class",
                                "asset class " + d.assetClass()
                                        + " has damage but no row in rebuild/unit-costs.csv: its needs count as zero");
            }
        }
        rebuild.unitCosts()
                .forEach(u -> refs.ref(u, "asset_class", u.assetClass(), classes, "rebuild/asset-classes.csv"));
        rebuild.dependencies().forEach(d -> {
            refs.ref(d, "before", d.before(), classes, "rebuild/asset-classes.csv");
            refs.ref(d, "after", d.after(), classes, "rebuild/asset-classes.csv");
        });
        for (Partner p : rebuild.partners()) {
            refs.ref(p, "country", p.country(), iso3, "countries.csv");
            p.capabilities().forEach(c -> refs.ref(p, "capabilities", c, classes, "rebuild/asset-classes.csv"));
        }
        rebuild.references().forEach(r -> refs.ref(r, "country", r.country(), iso3, "countries.csv"));
        refs.unique(rebuild.materials(), m -> m.assetClass() + "/" + m.material(), "material", "material rate for");
        rebuild.materials()
                .forEach(m -> refs.ref(m, "asset_class", m.assetClass(), classes, "rebuild/asset-classes.csv"));
        DependencyCycles.check(rebuild.dependencies(), ctx);

        for (RoadNode n : roads.nodes()) {
            refs.ref(n, "country", n.country(), iso3, "countries.csv");
            n.region().ifPresent(r -> refs.ref(n, "region", r, regions, "rebuild/regions.csv"));
        }
        for (RoadSegment s : roads.segments()) {
            refs.ref(s, "from", s.from(), roadNodes, "roads/nodes.csv");
            refs.ref(s, "to", s.to(), roadNodes, "roads/nodes.csv");
            s.repairAssetClass()
                    .ifPresent(c -> refs.ref(s, "repair_asset_class", c, classes, "rebuild/asset-classes.csv"));
        }
    }

    private void checkTenures(List<Actor> actors) {
        Map<String, List<Actor>> byOffice = new LinkedHashMap<>();
        for (Actor a : actors) {
            if (a.kind() == ActorKind.PERSON) {
                byOffice.computeIfAbsent(a.country() + "/" + a.role(), k -> new ArrayList<>())
                        .add(a);
            }
        }
        for (List<Actor> holders : byOffice.values()) {
            for (int i = 0; i < holders.size(); i++) {
                for (int j = i + 1; j < holders.size(); j++) {
                    Actor x = holders.get(i);
                    Actor y = holders.get(j);
                    if (x.overlaps(y)) {
                        ctx.origin(y)
                                .error(
                                        "start",
                                        "tenure of " + y.name() + " as " + y.role() + " of " + y.country()
                                                + " overlaps " + x.name() + "'s (line "
                                                + ctx.origin(x).line() + "): "
                                                + x.start() + " to "
                                                + x.end()
                                                        .map(LocalDate::toString)
                                                        .orElse("now") + "; fix the dates");
                    }
                }
            }
        }
    }

    /** The power section against the regions and the gas network; nothing to check when it is absent. */
    void checkPower(PowerInputs power, GasSystem gas, RebuildInputs rebuild) {
        if (power.isEmpty()) {
            return;
        }
        refs.unique(power.plants(), PowerPlant::id, "id", "power plant");
        refs.unique(power.demand(), d -> d.region() + " in " + d.year(), "year", "demand row for");
        refs.unique(power.constants(), PowerConstant::id, "id", "constant");
        Set<String> regions = new HashSet<>();
        rebuild.regions().forEach(r -> regions.add(r.id()));
        Set<String> gasNodes = new HashSet<>();
        gas.nodes().forEach(n -> gasNodes.add(n.id()));
        Set<String> marketNodes = new HashSet<>();
        gas.markets().forEach(m -> marketNodes.add(m.node()));
        boolean burnsNetworkGas = false;
        for (PowerPlant p : power.plants()) {
            refs.ref(p, "region", p.region(), regions, "rebuild/regions.csv");
            if (p.gasNode().isPresent()) {
                burnsNetworkGas = true;
                String node = p.gasNode().get();
                refs.ref(p, "gas_node", node, gasNodes, "gas/nodes.csv");
                if (gasNodes.contains(node) && !marketNodes.contains(node)) {
                    ctx.origin(p)
                            .warning(
                                    "gas_node",
                                    "no market in gas/markets.csv lies at gas node '" + node
                                            + "': no gas is delivered there, so plant " + p.id()
                                            + " gets none; feed it from the node where its gas is delivered");
                }
            }
        }
        for (PowerDemand d : power.demand()) {
            refs.ref(d, "region", d.region(), regions, "rebuild/regions.csv");
        }
        if (burnsNetworkGas
                && power.calorificValue().isEmpty()
                && !ctx.broken("power/constants.csv", PowerConstant.Known.GAS_CALORIFIC_VALUE.id())) {
            problems.error(
                    "power/constants.csv",
                    0,
                    0,
                    "plants burn network gas but the pack states no " + PowerConstant.Known.GAS_CALORIFIC_VALUE.id()
                            + ": add a row to power/constants.csv with its source");
        }
    }

    /** The default scenario names only what the pack defines: pipelines, swaps or gas nodes to cut, countries. */
    private void checkDefaultScenario(
            DefaultScenario d, Set<String> iso3, Set<String> pipelinesAndSwaps, Set<String> gasNodes) {
        Set<String> cuttable = new HashSet<>(pipelinesAndSwaps);
        cuttable.addAll(gasNodes);
        for (String c : d.cut()) {
            if (!cuttable.contains(c)) {
                problems.error(
                        "pack.yaml",
                        0,
                        0,
                        "defaultScenario.cut: unknown '" + c + "': not a pipeline, swap or gas node of the pack's gas/"
                                + " files" + References.suggestion(c, cuttable));
            }
        }
        for (String t : d.transit()) {
            if (!iso3.contains(t)) {
                problems.error(
                        "pack.yaml",
                        0,
                        0,
                        "defaultScenario.transit: unknown country '" + t + "': not in countries.csv"
                                + References.suggestion(t, iso3));
            }
        }
        for (DefaultScenario.Dyad y : d.dyads()) {
            for (String c : List.of(y.a(), y.b())) {
                if (!iso3.contains(c)) {
                    problems.error(
                            "pack.yaml",
                            0,
                            0,
                            "defaultScenario.dyads: unknown country '" + c + "': not in countries.csv"
                                    + References.suggestion(c, iso3));
                }
            }
        }
    }
}
