package dev.crossroads.core.pack;

import dev.crossroads.core.Provenance;
import dev.crossroads.core.gas.CapacityStep;
import dev.crossroads.core.gas.Contract;
import dev.crossroads.core.gas.Field;
import dev.crossroads.core.gas.FieldSupply;
import dev.crossroads.core.gas.GasNode;
import dev.crossroads.core.gas.GasSystem;
import dev.crossroads.core.gas.Market;
import dev.crossroads.core.gas.Pipeline;
import dev.crossroads.core.gas.ReportedDelivery;
import dev.crossroads.core.gas.Swap;
import dev.crossroads.core.input.InputException;
import dev.crossroads.core.input.InputText;
import dev.crossroads.core.input.Limits;
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
import dev.crossroads.core.rebuild.Dependency;
import dev.crossroads.core.rebuild.Partner;
import dev.crossroads.core.rebuild.RebuildInputs;
import dev.crossroads.core.rebuild.ReferenceFigure;
import dev.crossroads.core.rebuild.Region;
import dev.crossroads.core.rebuild.UnitCost;
import dev.crossroads.core.roads.RoadNetwork;
import dev.crossroads.core.roads.RoadNode;
import dev.crossroads.core.roads.RoadSegment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Loads a region pack folder and validates all of it, collecting every problem with its file, line and
 * column before giving up. See {@code packs/FORMAT.md} for the files and columns.
 */
public final class PackLoader {
    private static final List<String> PROV = List.of("source", "confidence", "note");

    static final Map<String, List<String>> FILES = new LinkedHashMap<>();

    static {
        FILES.put("sources.csv", List.of("id", "publisher", "title", "date", "url", "note"));
        FILES.put(
                "countries.csv",
                withProv("iso3", "name", "capital", "demonyms", "aliases", "lat", "lon", "memberships"));
        FILES.put("actors.csv", withProv("id", "name", "country", "role", "kind", "start", "end", "aliases"));
        FILES.put("relations.csv", withProv("a", "b", "score", "kind", "since"));
        FILES.put("events.csv", withProv("id", "date", "actor1", "actor2", "mediator", "cameo", "summary"));
        FILES.put("gas/nodes.csv", withProv("id", "name", "country", "kind", "lat", "lon"));
        FILES.put("gas/fields.csv", withProv("id", "name", "country", "node"));
        FILES.put("gas/supply.csv", withProv("field", "year", "capacity_bcm_per_year", "cost_usd_per_kcm"));
        FILES.put(
                "gas/pipelines.csv",
                withProv(
                        "id",
                        "name",
                        "from",
                        "to",
                        "country",
                        "owner",
                        "length_km",
                        "capacity_bcm_per_year",
                        "tariff_usd_per_kcm",
                        "transit_fee_share",
                        "status",
                        "commissioned"));
        FILES.put("gas/expansions.csv", withProv("pipeline", "year", "capacity_bcm_per_year"));
        FILES.put(
                "gas/swaps.csv",
                withProv(
                        "id",
                        "name",
                        "from",
                        "via",
                        "to",
                        "capacity_bcm_per_year",
                        "fee_usd_per_kcm",
                        "status",
                        "commissioned"));
        FILES.put(
                "gas/markets.csv",
                withProv("id", "name", "country", "node", "demand_cap_bcm_per_year", "price_usd_per_kcm"));
        FILES.put(
                "gas/contracts.csv",
                withProv("id", "market", "min_bcm_per_year", "max_bcm_per_year", "start_year", "end_year"));
        FILES.put("gas/deliveries.csv", withProv("market", "year", "volume_bcm"));
        FILES.put(
                "rebuild/regions.csv",
                withProv(
                        "id", "name", "country", "capital", "lat", "lon", "area_km2", "population", "population_year"));
        FILES.put(
                "rebuild/asset-classes.csv",
                withProv(
                        "id",
                        "name",
                        "sector",
                        "group",
                        "unit",
                        "crew_type",
                        "units_per_crew_month",
                        "service_weight"));
        FILES.put(
                "rebuild/assets.csv",
                withProv("region", "asset_class", "damaged_low", "damaged_central", "damaged_high"));
        FILES.put(
                "rebuild/unit-costs.csv", withProv("asset_class", "cost_low_usd", "cost_central_usd", "cost_high_usd"));
        FILES.put("rebuild/dependencies.csv", withProv("before", "after", "scope", "reason"));
        FILES.put("rebuild/partners.csv", withProv("id", "name", "country", "capabilities"));
        FILES.put(
                "rebuild/references.csv",
                withProv("id", "name", "country", "year", "low_usd", "central_usd", "high_usd"));
        FILES.put(
                "roads/nodes.csv",
                withProv("id", "name", "kind", "region", "country", "lat", "lon", "capacity_trucks_per_day"));
        FILES.put(
                "roads/segments.csv",
                withProv("id", "from", "to", "road", "length_km", "road_class", "state", "repair_asset_class"));
        FILES.put(
                "power/plants.csv",
                withProv(
                        "id",
                        "name",
                        "region",
                        "type",
                        "installed_mw",
                        "available_mw",
                        "fuel",
                        "efficiency",
                        "heat_rate_kj_per_kwh",
                        "gas_node",
                        "status"));
        FILES.put("power/demand.csv", withProv("region", "year", "demand_mw"));
        FILES.put("power/constants.csv", withProv("id", "value", "unit"));
    }

    /** kJ in one kWh: a heat rate in kJ/kWh is 3600 / efficiency. */
    static final double KJ_PER_KWH = 3600;

    /**
     * Columns a file may leave out (packs written before the column existed still load); each has a documented
     * default in {@code packs/FORMAT.md}.
     */
    static final Map<String, List<String>> OPTIONAL_COLUMNS =
            Map.of("rebuild/asset-classes.csv", List.of("power_dependent", "gas_fired_generation"));

    private static final Set<String> REQUIRED_FILES = Set.of("sources.csv", "countries.csv");

    private final Path dir;
    private final Problems problems = new Problems();
    /** Where each loaded value came from, for pointing at cross-reference problems. */
    private final Map<Object, Table.Row> origin = new HashMap<>();
    /** Per file, the keys of rows that had errors of their own: references to them are not reported again. */
    private final Map<String, Set<String>> brokenKeys = new HashMap<>();
    /** Optional files that are not in the pack. */
    private final List<String> absentOptional = new ArrayList<>();

    private PackLoader(Path dir) {
        this.dir = dir;
    }

    private static List<String> withProv(String... cols) {
        List<String> all = new ArrayList<>(List.of(cols));
        all.addAll(PROV);
        return List.copyOf(all);
    }

    /** The files a pack may hold, each with its columns in order. */
    public static Map<String, List<String>> format() {
        return java.util.Collections.unmodifiableMap(FILES);
    }

    /**
     * Loads and validates the pack in {@code dir}.
     *
     * @throws PackException listing every problem when the pack has errors
     */
    public static RegionPack load(Path dir) {
        Validation v = validate(dir);
        return v.pack().orElseThrow(() -> new PackException(dir.toString(), v.problems()));
    }

    /** Validates the pack in {@code dir}, returning every problem and, when there are no errors, the pack. */
    public static Validation validate(Path dir) {
        PackLoader loader = new PackLoader(dir);
        RegionPack pack = loader.run();
        List<Problem> all = loader.problems.sorted();
        boolean ok = !loader.problems.hasErrors();
        return new Validation(all, ok ? Optional.of(pack) : Optional.empty());
    }

    /** The outcome of validating a pack. */
    public record Validation(List<Problem> problems, Optional<RegionPack> pack) {
        public Validation {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return pack.isPresent();
        }

        public List<Problem> errors() {
            return problems.stream()
                    .filter(p -> p.severity() == Problem.Severity.ERROR)
                    .toList();
        }

        public List<Problem> warnings() {
            return problems.stream()
                    .filter(p -> p.severity() == Problem.Severity.WARNING)
                    .toList();
        }
    }

    private RegionPack run() {
        if (!Files.isDirectory(dir)) {
            problems.error(
                    dir.toString(),
                    0,
                    0,
                    "no pack folder here: give the path of a folder holding pack.yaml and the CSV files");
            return null;
        }
        PackMeta meta = readMeta();
        List<Source> sources = read(
                "sources.csv",
                r -> r.build(() -> new Source(
                        r.text("id"),
                        r.optText("publisher"),
                        r.optText("title"),
                        r.optText("date"),
                        r.optText("url"),
                        r.optText("note"))));
        List<Country> countries = read("countries.csv", r -> {
            String iso3 = r.text("iso3");
            String name = r.text("name");
            double lat = r.number("lat");
            double lon = r.number("lon");
            Provenance p = r.provenance();
            return r.build(() -> new Country(
                    iso3,
                    name,
                    r.optText("capital"),
                    r.list("demonyms"),
                    r.list("aliases"),
                    lat,
                    lon,
                    r.list("memberships"),
                    p));
        });
        List<Actor> actors = read("actors.csv", r -> {
            String id = r.text("id");
            String name = r.text("name");
            String country = r.text("country");
            String role = r.text("role");
            ActorKind kind = r.choice("kind", ActorKind.class);
            LocalDate start = r.date("start");
            Optional<LocalDate> end = r.optDate("end");
            Provenance p = r.provenance();
            return r.build(() -> new Actor(id, name, country, role, kind, start, end, r.list("aliases"), p));
        });
        List<BaselineRelation> relations = read("relations.csv", r -> {
            String a = r.text("a");
            String b = r.text("b");
            double score = r.number("score");
            String kind = r.text("kind");
            Optional<LocalDate> since = r.optDate("since");
            Provenance p = r.provenance();
            return r.build(() -> new BaselineRelation(a, b, score, kind, since, p));
        });
        List<CuratedEvent> events = read("events.csv", r -> {
            String id = r.text("id");
            LocalDate date = r.date("date");
            String a1 = r.text("actor1");
            String a2 = r.text("actor2");
            String cameo = r.text("cameo");
            Provenance p = r.provenance();
            return r.build(
                    () -> new CuratedEvent(id, date, a1, a2, r.optional("mediator"), cameo, r.optText("summary"), p));
        });
        GasSystem gas = readGas();
        RebuildInputs rebuild = readRebuild();
        RoadNetwork roads = readRoads();
        PowerInputs power = readPower();
        if (meta == null) {
            return null;
        }
        crossCheck(meta, sources, countries, actors, relations, events, gas, rebuild, roads);
        checkPower(power, gas, rebuild);
        if (problems.hasErrors()) {
            // an absent optional file explains cascading "unknown ..." errors: name it
            boolean unknowns =
                    problems.sorted().stream().anyMatch(p -> p.message().contains("unknown"));
            for (String name : absentOptional) {
                if (unknowns) {
                    problems.error(
                            name,
                            0,
                            0,
                            name + " is absent (or unreadable), so ids it would define are unknown to the"
                                    + " other files: add it (see packs/FORMAT.md) or remove the rows that refer to it");
                }
            }
            return null;
        }
        List<Problem> warnings = problems.sorted();
        return new RegionPack(
                meta, sources, countries, actors, relations, events, gas, rebuild, roads, power, warnings);
    }

    private GasSystem readGas() {
        List<GasNode> nodes = read("gas/nodes.csv", r -> {
            String id = r.text("id");
            String name = r.text("name");
            String country = r.text("country");
            GasNode.NodeKind kind = r.choice("kind", GasNode.NodeKind.class);
            var lat = r.optNumber("lat");
            var lon = r.optNumber("lon");
            Provenance p = r.provenance();
            return r.build(() -> new GasNode(id, name, country, kind, lat, lon, p));
        });
        List<Field> fields = read("gas/fields.csv", r -> {
            String id = r.text("id");
            String name = r.text("name");
            String country = r.text("country");
            String node = r.text("node");
            Provenance p = r.provenance();
            return r.build(() -> new Field(id, name, country, node, p));
        });
        List<FieldSupply> supply = read("gas/supply.csv", r -> {
            String field = r.text("field");
            int year = r.integer("year");
            double cap = r.number("capacity_bcm_per_year");
            var cost = r.optNumber("cost_usd_per_kcm");
            Provenance p = r.provenance();
            return r.build(() -> new FieldSupply(field, year, cap, cost, p));
        });
        List<Pipeline> pipelines = read("gas/pipelines.csv", r -> {
            String id = r.text("id");
            String name = r.text("name");
            String from = r.text("from");
            String to = r.text("to");
            String country = r.text("country");
            var length = r.optNumber("length_km");
            double cap = r.number("capacity_bcm_per_year");
            double tariff = r.number("tariff_usd_per_kcm");
            double fee = r.number("transit_fee_share");
            Pipeline.Status status = r.choice("status", Pipeline.Status.class);
            int commissioned = r.integer("commissioned");
            Provenance p = r.provenance();
            return r.build(() -> new Pipeline(
                    id,
                    name,
                    from,
                    to,
                    country,
                    r.optText("owner"),
                    length,
                    cap,
                    tariff,
                    fee,
                    status,
                    commissioned,
                    p));
        });
        List<CapacityStep> expansions = read("gas/expansions.csv", r -> {
            String pipeline = r.text("pipeline");
            int year = r.integer("year");
            double cap = r.number("capacity_bcm_per_year");
            Provenance p = r.provenance();
            return r.build(() -> new CapacityStep(pipeline, year, cap, p));
        });
        List<Swap> swaps = read("gas/swaps.csv", r -> {
            String id = r.text("id");
            String name = r.text("name");
            String from = r.text("from");
            String via = r.text("via");
            String to = r.text("to");
            double cap = r.number("capacity_bcm_per_year");
            double fee = r.number("fee_usd_per_kcm");
            Pipeline.Status status = r.choice("status", Pipeline.Status.class);
            int commissioned = r.integer("commissioned");
            Provenance p = r.provenance();
            return r.build(() -> new Swap(id, name, from, via, to, cap, fee, status, commissioned, p));
        });
        List<Market> markets = read("gas/markets.csv", r -> {
            String id = r.text("id");
            String name = r.text("name");
            String country = r.text("country");
            String node = r.text("node");
            double demand = r.number("demand_cap_bcm_per_year");
            double price = r.number("price_usd_per_kcm");
            Provenance p = r.provenance();
            return r.build(() -> new Market(id, name, country, node, demand, price, p));
        });
        List<Contract> contracts = read("gas/contracts.csv", r -> {
            String id = r.text("id");
            String market = r.text("market");
            double min = r.number("min_bcm_per_year");
            double max = r.number("max_bcm_per_year");
            int start = r.integer("start_year");
            var end = r.optInteger("end_year");
            Provenance p = r.provenance();
            return r.build(() -> new Contract(id, market, min, max, start, end, p));
        });
        List<ReportedDelivery> deliveries = read("gas/deliveries.csv", r -> {
            String market = r.text("market");
            int year = r.integer("year");
            double volume = r.number("volume_bcm");
            Provenance p = r.provenance();
            return r.build(() -> new ReportedDelivery(market, year, volume, p));
        });
        return new GasSystem(nodes, fields, supply, pipelines, expansions, swaps, markets, contracts, deliveries);
    }

    private RebuildInputs readRebuild() {
        List<Region> regions = read("rebuild/regions.csv", r -> {
            String id = r.text("id");
            String name = r.text("name");
            String country = r.text("country");
            double lat = r.number("lat");
            double lon = r.number("lon");
            var area = r.optNumber("area_km2");
            long population = r.longInteger("population");
            int year = r.integer("population_year");
            Provenance p = r.provenance();
            return r.build(
                    () -> new Region(id, name, country, r.optText("capital"), lat, lon, area, population, year, p));
        });
        List<AssetClass> classes = read("rebuild/asset-classes.csv", r -> {
            String id = r.text("id");
            String name = r.text("name");
            AssetClass.Sector sector = r.choice("sector", AssetClass.Sector.class);
            AssetClass.Group group = r.choice("group", AssetClass.Group.class);
            String unit = r.text("unit");
            String crew = r.text("crew_type");
            var perMonth = r.optNumber("units_per_crew_month");
            double weight = r.number("service_weight");
            boolean powerDependent = r.flag("power_dependent", false);
            boolean gasFired = r.flag("gas_fired_generation", false);
            Provenance p = r.provenance();
            return r.build(() ->
                    new AssetClass(id, name, sector, group, unit, crew, perMonth, weight, powerDependent, gasFired, p));
        });
        List<Damage> damage = read("rebuild/assets.csv", r -> {
            String region = r.text("region");
            String cls = r.text("asset_class");
            double low = r.number("damaged_low");
            double central = r.number("damaged_central");
            double high = r.number("damaged_high");
            Provenance p = r.provenance();
            return r.build(() -> new Damage(region, cls, low, central, high, p));
        });
        List<UnitCost> costs = read("rebuild/unit-costs.csv", r -> {
            String cls = r.text("asset_class");
            double low = r.number("cost_low_usd");
            double central = r.number("cost_central_usd");
            double high = r.number("cost_high_usd");
            Provenance p = r.provenance();
            return r.build(() -> new UnitCost(cls, low, central, high, p));
        });
        List<Dependency> deps = read("rebuild/dependencies.csv", r -> {
            String before = r.text("before");
            String after = r.text("after");
            Dependency.Scope scope = r.choice("scope", Dependency.Scope.class);
            Provenance p = r.provenance();
            return r.build(() -> new Dependency(before, after, scope, r.optText("reason"), p));
        });
        List<Partner> partners = read("rebuild/partners.csv", r -> {
            String id = r.text("id");
            String name = r.text("name");
            String country = r.text("country");
            Provenance p = r.provenance();
            return r.build(() -> new Partner(id, name, country, r.list("capabilities"), p));
        });
        List<ReferenceFigure> refs = read("rebuild/references.csv", r -> {
            String id = r.text("id");
            String name = r.text("name");
            String country = r.text("country");
            int year = r.integer("year");
            var low = r.optNumber("low_usd");
            double central = r.number("central_usd");
            var high = r.optNumber("high_usd");
            Provenance p = r.provenance();
            return r.build(() -> new ReferenceFigure(id, name, country, year, low, central, high, p));
        });
        return new RebuildInputs(regions, classes, damage, costs, deps, partners, refs);
    }

    private RoadNetwork readRoads() {
        List<RoadNode> nodes = read("roads/nodes.csv", r -> {
            String id = r.text("id");
            String name = r.text("name");
            RoadNode.Kind kind = r.choice("kind", RoadNode.Kind.class);
            String country = r.text("country");
            double lat = r.number("lat");
            double lon = r.number("lon");
            var cap = r.optNumber("capacity_trucks_per_day");
            Provenance p = r.provenance();
            return r.build(() -> new RoadNode(id, name, kind, r.optional("region"), country, lat, lon, cap, p));
        });
        List<RoadSegment> segments = read("roads/segments.csv", r -> {
            String id = r.text("id");
            String from = r.text("from");
            String to = r.text("to");
            double length = r.number("length_km");
            RoadSegment.RoadClass cls = r.choice("road_class", RoadSegment.RoadClass.class);
            RoadSegment.State state = r.choice("state", RoadSegment.State.class);
            Provenance p = r.provenance();
            return r.build(() -> new RoadSegment(
                    id, from, to, r.optText("road"), length, cls, state, r.optional("repair_asset_class"), p));
        });
        return new RoadNetwork(nodes, segments);
    }

    private PowerInputs readPower() {
        List<PowerPlant> plants = read("power/plants.csv", r -> {
            String id = r.text("id");
            String name = r.text("name");
            String region = r.text("region");
            PowerPlant.PlantType type = r.choice("type", PowerPlant.PlantType.class);
            double installed = r.number("installed_mw");
            double available = r.number("available_mw");
            PowerPlant.Fuel fuel = r.choice("fuel", PowerPlant.Fuel.class);
            var efficiency = r.optNumber("efficiency");
            var heatRate = r.optNumber("heat_rate_kj_per_kwh");
            PowerPlant.Status status = r.choice("status", PowerPlant.Status.class);
            Provenance p = r.provenance();
            if (heatRate.isPresent()) {
                double hr = heatRate.getAsDouble();
                if (hr < KJ_PER_KWH) {
                    r.error(
                            "heat_rate_kj_per_kwh",
                            "heat_rate_kj_per_kwh " + hr
                                    + " is below 3600 kJ/kWh, which would make more electricity than heat: "
                                    + "give kJ of fuel per kWh of electricity (a CCGT is about 6,500-7,500)");
                } else if (efficiency.isPresent() && Math.abs(efficiency.getAsDouble() - KJ_PER_KWH / hr) > 0.01) {
                    r.error(
                            "heat_rate_kj_per_kwh",
                            String.format(
                                    java.util.Locale.ROOT,
                                    "heat_rate_kj_per_kwh %.0f means an efficiency of %.3f, but efficiency says %.3f: give one of them, or make them agree",
                                    hr,
                                    KJ_PER_KWH / hr,
                                    efficiency.getAsDouble()));
                } else if (efficiency.isEmpty()) {
                    efficiency = java.util.OptionalDouble.of(KJ_PER_KWH / hr);
                }
            }
            var eff = efficiency;
            return r.build(() -> new PowerPlant(
                    id, name, region, type, installed, available, fuel, eff, r.optional("gas_node"), status, p));
        });
        List<PowerDemand> demand = read("power/demand.csv", r -> {
            String region = r.text("region");
            int year = r.integer("year");
            double mw = r.number("demand_mw");
            Provenance p = r.provenance();
            return r.build(() -> new PowerDemand(region, year, mw, p));
        });
        List<PowerConstant> constants = read("power/constants.csv", r -> {
            String id = r.text("id");
            double value = r.number("value");
            String unit = r.text("unit");
            Provenance p = r.provenance();
            return r.build(() -> new PowerConstant(id, value, unit, p));
        });
        return new PowerInputs(plants, demand, constants);
    }

    private void checkPower(PowerInputs power, GasSystem gas, RebuildInputs rebuild) {
        if (power.isEmpty()) {
            return;
        }
        unique(power.plants(), PowerPlant::id, "id", "power plant");
        unique(power.demand(), d -> d.region() + " in " + d.year(), "year", "demand row for");
        unique(power.constants(), PowerConstant::id, "id", "constant");
        Set<String> regions = new HashSet<>();
        rebuild.regions().forEach(r -> regions.add(r.id()));
        Set<String> gasNodes = new HashSet<>();
        gas.nodes().forEach(n -> gasNodes.add(n.id()));
        Set<String> marketNodes = new HashSet<>();
        gas.markets().forEach(m -> marketNodes.add(m.node()));
        boolean burnsNetworkGas = false;
        for (PowerPlant p : power.plants()) {
            ref(p, "region", p.region(), regions, "rebuild/regions.csv");
            if (p.gasNode().isPresent()) {
                burnsNetworkGas = true;
                String node = p.gasNode().get();
                ref(p, "gas_node", node, gasNodes, "gas/nodes.csv");
                if (gasNodes.contains(node) && !marketNodes.contains(node)) {
                    origin.get(p)
                            .warning(
                                    "gas_node",
                                    "no market in gas/markets.csv lies at gas node '" + node
                                            + "': no gas is delivered there, so plant " + p.id()
                                            + " gets none; feed it from the node where its gas is delivered");
                }
            }
        }
        for (PowerDemand d : power.demand()) {
            ref(d, "region", d.region(), regions, "rebuild/regions.csv");
        }
        if (burnsNetworkGas
                && power.calorificValue().isEmpty()
                && !brokenKeys
                        .getOrDefault("power/constants.csv", Set.of())
                        .contains(PowerConstant.Known.GAS_CALORIFIC_VALUE.id())) {
            problems.error(
                    "power/constants.csv",
                    0,
                    0,
                    "plants burn network gas but the pack states no " + PowerConstant.Known.GAS_CALORIFIC_VALUE.id()
                            + ": add a row to power/constants.csv with its source");
        }
    }

    private PackMeta readMeta() {
        Path file = dir.resolve("pack.yaml");
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            problems.error(
                    "pack.yaml",
                    0,
                    0,
                    "pack.yaml is not a regular file (a folder, pipe or device): replace it with a file");
            return null;
        }
        if (!Files.isRegularFile(file)) {
            problems.error(
                    "pack.yaml", 0, 0, "pack.yaml is missing: add one with name, title, asOf, description and home");
            return null;
        }
        String text = readText("pack.yaml", file);
        if (text == null) {
            return null;
        }
        Object doc;
        try {
            doc = new Yaml(new TextTimestamps()).load(text);
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark();
            problems.error(
                    "pack.yaml",
                    mark == null ? 0 : mark.getLine() + 1,
                    mark == null ? 0 : mark.getColumn() + 1,
                    "not valid YAML: " + e.getProblem());
            return null;
        } catch (YAMLException e) {
            problems.error("pack.yaml", 0, 0, "not valid YAML: " + e.getMessage());
            return null;
        }
        if (!(doc instanceof Map<?, ?> map)) {
            problems.error(
                    "pack.yaml", 1, 1, "pack.yaml must be a mapping of keys (name, title, asOf, description, home)");
            return null;
        }
        String name = string(map, "name");
        String asOfText = string(map, "asOf");
        String home = string(map, "home");
        boolean ok = true;
        for (String key : List.of("name", "asOf", "home")) {
            if (string(map, key).isEmpty()) {
                problems.error("pack.yaml", lineOf(text, key), 0, key + " is required in pack.yaml");
                ok = false;
            }
        }
        LocalDate asOf = null;
        if (!asOfText.isEmpty()) {
            try {
                asOf = LocalDate.parse(asOfText);
            } catch (DateTimeParseException e) {
                problems.error(
                        "pack.yaml", lineOf(text, "asOf"), 0, "asOf '" + asOfText + "' is not a date: use YYYY-MM-DD");
                ok = false;
            }
        }
        if (!ok) {
            return null;
        }
        dev.crossroads.core.model.TieThresholds thresholds = dev.crossroads.core.model.TieThresholds.DEFAULT;
        Object rel = map.get("relations");
        if (rel != null) {
            if (!(rel instanceof Map<?, ?> relMap)) {
                problems.error(
                        "pack.yaml",
                        lineOf(text, "relations"),
                        0,
                        "relations must be a mapping with hostileAtOrBelow and friendlyAtOrAbove (numbers on the tie scale -10..10)");
                return null;
            }
            for (Object k : relMap.keySet()) {
                if (!List.of("hostileAtOrBelow", "friendlyAtOrAbove").contains(String.valueOf(k))) {
                    problems.error(
                            "pack.yaml",
                            lineOf(text, String.valueOf(k)),
                            0,
                            "unknown key relations." + k
                                    + ": the relations mapping takes hostileAtOrBelow and friendlyAtOrAbove");
                    return null;
                }
            }
            Double hostile = number(relMap, "hostileAtOrBelow", text);
            Double friendly = number(relMap, "friendlyAtOrAbove", text);
            if (hostile == null || friendly == null) {
                return null;
            }
            try {
                thresholds = new dev.crossroads.core.model.TieThresholds(hostile, friendly);
            } catch (dev.crossroads.core.ModelException e) {
                problems.error("pack.yaml", lineOf(text, e.field()), 0, e.getMessage());
                return null;
            }
        }
        try {
            return new PackMeta(name, string(map, "title"), asOf, string(map, "description"), home, thresholds);
        } catch (dev.crossroads.core.ModelException e) {
            problems.error("pack.yaml", lineOf(text, e.field()), 0, e.getMessage());
            return null;
        }
    }

    /** A number under {@code relations:}: the default when absent, null (with the problem recorded) when not a number. */
    private Double number(Map<?, ?> map, String key, String text) {
        Object v = map.get(key);
        if (v == null) {
            return key.equals("hostileAtOrBelow")
                    ? dev.crossroads.core.model.TieThresholds.DEFAULT.hostileAtOrBelow()
                    : dev.crossroads.core.model.TieThresholds.DEFAULT.friendlyAtOrAbove();
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        problems.error(
                "pack.yaml",
                lineOf(text, key),
                0,
                "relations." + key + " '" + v + "' is not a number: write a figure on the tie scale -10..10, e.g. -5");
        return null;
    }

    /** YAML without timestamps: an unquoted 2025-02-30 stays text (and is then refused) instead of becoming 2025-03-02. */
    private static final class TextTimestamps extends SafeConstructor {
        TextTimestamps() {
            super(new LoaderOptions());
            this.yamlConstructors.put(org.yaml.snakeyaml.nodes.Tag.TIMESTAMP, new ConstructYamlStr());
        }
    }

    private static String string(Map<?, ?> map, String key) {
        Object v = map.get(key);
        if (v instanceof java.util.Date d) {
            // YAML reads an unquoted 2025-12-31 as a timestamp at midnight UTC
            return d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
        }
        return v == null ? "" : v.toString().trim();
    }

    private static int lineOf(String text, String key) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(key + ":") || lines[i].strip().startsWith(key + ":")) {
                return i + 1;
            }
        }
        return 0;
    }

    private String readText(String name, Path file) {
        try {
            long max = Limits.get(Limits.FILE_BYTES);
            if (Files.size(file) > max) {
                problems.error(
                        name,
                        0,
                        0,
                        "the file is " + InputText.bytes(Files.size(file)) + ", larger than allowed; "
                                + Limits.howToChange(Limits.FILE_BYTES));
                return null;
            }
            try (java.io.InputStream in = Files.newInputStream(file)) {
                return InputText.decode(name, InputText.readCapped(name, in, Limits.FILE_BYTES));
            }
        } catch (InputException e) {
            problems.error(
                    name,
                    e.line(),
                    e.column(),
                    e.problem().startsWith("is not UTF-8") || e.problem().startsWith("ends in")
                            ? "the file " + e.problem() + " (CSV UTF-8 in a spreadsheet)"
                            : "the file " + e.problem());
        } catch (IOException e) {
            problems.error(name, 0, 0, "cannot read the file: " + e.getMessage());
        }
        return null;
    }

    private <T> List<T> read(String name, Function<Table.Row, Optional<T>> mapper) {
        Path file = dir.resolve(name);
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            // a folder, a pipe or a device: never read it (a FIFO would block) and say so
            problems.error(
                    name,
                    0,
                    0,
                    name + " is not a regular file (a folder, pipe or device): replace it with a CSV file"
                            + " or remove it");
            return List.of();
        }
        if (!Files.isRegularFile(file)) {
            if (REQUIRED_FILES.contains(name)) {
                problems.error(name, 0, 0, name + " is missing: every pack needs it (see packs/FORMAT.md)");
            } else {
                absentOptional.add(name);
            }
            return List.of();
        }
        String text = readText(name, file);
        if (text == null) {
            return List.of();
        }
        Table table =
                Table.parse(name, text, FILES.get(name), OPTIONAL_COLUMNS.getOrDefault(name, List.of()), problems);
        List<T> out = new ArrayList<>();
        for (Table.Row row : table.rows()) {
            Optional<T> value = mapper.apply(row);
            if (value.isPresent()) {
                out.add(value.get());
                origin.put(value.get(), row);
            } else {
                brokenKeys
                        .computeIfAbsent(name, k -> new HashSet<>())
                        .add(row.raw(FILES.get(name).get(0)));
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- cross-reference checks

    private void crossCheck(
            PackMeta meta,
            List<Source> sources,
            List<Country> countries,
            List<Actor> actors,
            List<BaselineRelation> relations,
            List<CuratedEvent> events,
            GasSystem gas,
            RebuildInputs rebuild,
            RoadNetwork roads) {
        Set<String> sourceIds = unique(sources, Source::id, "id", "source");
        Set<String> iso3 = unique(countries, Country::iso3, "iso3", "country");
        unique(actors, Actor::id, "id", "actor");
        unique(
                relations,
                r -> r.dyadKey() + r.since().map(d -> " since " + d).orElse(" (no since)"),
                "since",
                "relation between");
        unique(events, CuratedEvent::id, "id", "event");
        Set<String> gasNodes = unique(gas.nodes(), GasNode::id, "id", "gas node");
        Set<String> fields = unique(gas.fields(), Field::id, "id", "field");
        unique(gas.supply(), s -> s.field() + " in " + s.year(), "year", "supply row for field");
        Set<String> pipelines = unique(gas.pipelines(), Pipeline::id, "id", "pipeline");
        unique(gas.expansions(), s -> s.pipeline() + " in " + s.year(), "year", "expansion of");
        Set<String> swaps = unique(gas.swaps(), Swap::id, "id", "swap");
        Set<String> markets = unique(gas.markets(), Market::id, "id", "market");
        unique(gas.contracts(), Contract::id, "id", "contract");
        unique(gas.deliveries(), d -> d.market() + " in " + d.year(), "year", "delivery row for market");
        Set<String> regions = unique(rebuild.regions(), Region::id, "id", "region");
        Set<String> classes = unique(rebuild.assetClasses(), AssetClass::id, "id", "asset class");
        unique(rebuild.damage(), d -> d.region() + "/" + d.assetClass(), "asset_class", "damage row for");
        Set<String> costed = unique(rebuild.unitCosts(), UnitCost::assetClass, "asset_class", "unit cost for");
        unique(rebuild.dependencies(), d -> d.before() + " -> " + d.after(), "after", "dependency");
        unique(rebuild.partners(), Partner::id, "id", "partner");
        unique(rebuild.references(), ReferenceFigure::id, "id", "reference");
        Set<String> roadNodes = unique(roads.nodes(), RoadNode::id, "id", "road node");
        unique(roads.segments(), RoadSegment::id, "id", "road segment");
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

        // sources of every fact row
        for (Map.Entry<Object, Table.Row> e : origin.entrySet()) {
            Provenance p = provenanceOf(e.getKey());
            if (p == null) {
                continue;
            }
            for (String s : p.sourceIds()) {
                if (!sourceIds.contains(s)) {
                    e.getValue()
                            .error(
                                    "source",
                                    "source id '" + s + "' is not defined in sources.csv: add it there or fix the id");
                }
            }
        }

        actors.forEach(a -> ref(a, "country", a.country(), iso3, "countries.csv"));
        relations.forEach(r -> {
            ref(r, "a", r.a(), iso3, "countries.csv");
            ref(r, "b", r.b(), iso3, "countries.csv");
        });
        for (CuratedEvent e : events) {
            ref(e, "actor1", e.actor1(), iso3, "countries.csv");
            ref(e, "actor2", e.actor2(), iso3, "countries.csv");
            e.mediator().ifPresent(m -> ref(e, "mediator", m, iso3, "countries.csv"));
            if (e.date().isAfter(meta.asOf())) {
                origin.get(e).warning("date", "event date " + e.date() + " is after the pack's asOf " + meta.asOf());
            }
        }
        checkTenures(actors);

        gas.nodes().forEach(n -> ref(n, "country", n.country(), iso3, "countries.csv"));
        gas.fields().forEach(f -> {
            ref(f, "country", f.country(), iso3, "countries.csv");
            ref(f, "node", f.node(), gasNodes, "gas/nodes.csv");
        });
        gas.supply().forEach(s -> ref(s, "field", s.field(), fields, "gas/fields.csv"));
        for (Pipeline p : gas.pipelines()) {
            ref(p, "from", p.from(), gasNodes, "gas/nodes.csv");
            ref(p, "to", p.to(), gasNodes, "gas/nodes.csv");
            ref(p, "country", p.country(), iso3, "countries.csv");
        }
        Map<String, Pipeline> pipeById = new HashMap<>();
        gas.pipelines().forEach(p -> pipeById.putIfAbsent(p.id(), p));
        for (CapacityStep s : gas.expansions()) {
            ref(s, "pipeline", s.pipeline(), pipelines, "gas/pipelines.csv");
            Pipeline p = pipeById.get(s.pipeline());
            if (p != null && s.year() < p.commissioned()) {
                origin.get(s)
                        .error(
                                "year",
                                "expansion of " + p.id() + " in " + s.year()
                                        + " is before the pipeline was commissioned (" + p.commissioned()
                                        + "): fix the year or the commissioning year");
            }
        }
        for (Swap s : gas.swaps()) {
            ref(s, "from", s.from(), gasNodes, "gas/nodes.csv");
            ref(s, "to", s.to(), gasNodes, "gas/nodes.csv");
            ref(s, "via", s.via(), iso3, "countries.csv");
        }
        gas.markets().forEach(m -> {
            ref(m, "country", m.country(), iso3, "countries.csv");
            ref(m, "node", m.node(), gasNodes, "gas/nodes.csv");
        });
        gas.contracts().forEach(c -> ref(c, "market", c.market(), markets, "gas/markets.csv"));
        gas.deliveries().forEach(d -> ref(d, "market", d.market(), markets, "gas/markets.csv"));

        rebuild.regions().forEach(r -> ref(r, "country", r.country(), iso3, "countries.csv"));
        for (Damage d : rebuild.damage()) {
            ref(d, "region", d.region(), regions, "rebuild/regions.csv");
            ref(d, "asset_class", d.assetClass(), classes, "rebuild/asset-classes.csv");
            if (classes.contains(d.assetClass())
                    && !costed.contains(d.assetClass())
                    && !rebuild.unitCosts().isEmpty()) {
                origin.get(d)
                        .warning(
                                "asset_class",
                                "asset class " + d.assetClass()
                                        + " has damage but no row in rebuild/unit-costs.csv: its needs count as zero");
            }
        }
        rebuild.unitCosts().forEach(u -> ref(u, "asset_class", u.assetClass(), classes, "rebuild/asset-classes.csv"));
        rebuild.dependencies().forEach(d -> {
            ref(d, "before", d.before(), classes, "rebuild/asset-classes.csv");
            ref(d, "after", d.after(), classes, "rebuild/asset-classes.csv");
        });
        for (Partner p : rebuild.partners()) {
            ref(p, "country", p.country(), iso3, "countries.csv");
            p.capabilities().forEach(c -> ref(p, "capabilities", c, classes, "rebuild/asset-classes.csv"));
        }
        rebuild.references().forEach(r -> ref(r, "country", r.country(), iso3, "countries.csv"));
        checkCycles(rebuild.dependencies());

        for (RoadNode n : roads.nodes()) {
            ref(n, "country", n.country(), iso3, "countries.csv");
            n.region().ifPresent(r -> ref(n, "region", r, regions, "rebuild/regions.csv"));
        }
        for (RoadSegment s : roads.segments()) {
            ref(s, "from", s.from(), roadNodes, "roads/nodes.csv");
            ref(s, "to", s.to(), roadNodes, "roads/nodes.csv");
            s.repairAssetClass().ifPresent(c -> ref(s, "repair_asset_class", c, classes, "rebuild/asset-classes.csv"));
        }
    }

    private static Provenance provenanceOf(Object o) {
        try {
            var m = o.getClass().getMethod("provenance");
            return (Provenance) m.invoke(o);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    private <T> Set<String> unique(Collection<T> items, Function<T, String> key, String column, String what) {
        Map<String, Table.Row> seen = new HashMap<>();
        Set<String> keys = new HashSet<>();
        for (T item : items) {
            String k = key.apply(item);
            Table.Row row = origin.get(item);
            Table.Row first = seen.putIfAbsent(k, row);
            if (first != null) {
                row.error(column, "duplicate " + what + " " + k + ": already defined on line " + first.line());
            }
            keys.add(k);
        }
        return keys;
    }

    private void ref(Object item, String column, String value, Set<String> known, String where) {
        if (!known.contains(value) && !brokenKeys.getOrDefault(where, Set.of()).contains(value)) {
            Table.Row row = origin.get(item);
            row.error(
                    column,
                    "unknown " + column.replace('_', ' ') + " '" + value + "': not defined in " + where
                            + suggestion(value, known));
        }
    }

    private static String suggestion(String value, Set<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(value.toLowerCase(java.util.Locale.ROOT), k.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return best != null && bestDistance <= Math.max(2, value.length() / 3) ? " (did you mean '" + best + "'?)" : "";
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
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
                        origin.get(y)
                                .error(
                                        "start",
                                        "tenure of " + y.name() + " as " + y.role() + " of " + y.country()
                                                + " overlaps " + x.name() + "'s (line "
                                                + origin.get(x).line() + "): "
                                                + x.start() + " to "
                                                + x.end()
                                                        .map(LocalDate::toString)
                                                        .orElse("now") + "; fix the dates");
                    }
                }
            }
        }
    }

    private void checkCycles(List<Dependency> deps) {
        Map<String, List<Dependency>> out = new LinkedHashMap<>();
        deps.forEach(
                d -> out.computeIfAbsent(d.before(), k -> new ArrayList<>()).add(d));
        Map<String, Integer> state = new HashMap<>();
        Set<String> reported = new HashSet<>();
        for (String start : out.keySet()) {
            List<Dependency> path = new ArrayList<>();
            dfs(start, out, state, path, reported);
        }
    }

    private void dfs(
            String node,
            Map<String, List<Dependency>> out,
            Map<String, Integer> state,
            List<Dependency> path,
            Set<String> reported) {
        Integer s = state.get(node);
        if (s != null && s == 2) {
            return;
        }
        state.put(node, 1);
        for (Dependency d : out.getOrDefault(node, List.of())) {
            Integer next = state.get(d.after());
            path.add(d);
            if (next != null && next == 1) {
                List<String> cycle = new ArrayList<>();
                int startAt = 0;
                for (int i = path.size() - 1; i >= 0; i--) {
                    if (path.get(i).before().equals(d.after())) {
                        startAt = i;
                        break;
                    }
                }
                for (int i = startAt; i < path.size(); i++) {
                    cycle.add(path.get(i).before());
                }
                cycle.add(d.after());
                String key = new java.util.TreeSet<>(cycle).toString();
                if (reported.add(key)) {
                    origin.get(d)
                            .error(
                                    "after",
                                    "dependency cycle: " + String.join(" -> ", cycle)
                                            + ": remove one of these rows so that the order can be satisfied");
                }
            } else if (next == null) {
                dfs(d.after(), out, state, path, reported);
            }
            path.remove(path.size() - 1);
        }
        state.put(node, 2);
    }
}
