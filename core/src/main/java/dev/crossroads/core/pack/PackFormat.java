package dev.crossroads.core.pack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The files a pack may hold and, for each, its columns in order: the table form of {@code packs/FORMAT.md}.
 * Every fact file ends in the provenance columns {@code source, confidence, note}.
 */
final class PackFormat {
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
        FILES.put("gas/reported-groups.csv", withProv("group", "year", "reported_bcm", "markets"));
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
        FILES.put("rebuild/materials.csv", withProv("asset_class", "material", "tonnes_per_unit"));
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

    /**
     * Columns a file may leave out (packs written before the column existed still load); each has a documented
     * default in {@code packs/FORMAT.md}.
     */
    static final Map<String, List<String>> OPTIONAL_COLUMNS = Map.of(
            "rebuild/asset-classes.csv", List.of("power_dependent", "gas_fired_generation"),
            "gas/markets.csv", List.of("price_confidence"),
            "gas/deliveries.csv", List.of("reported_bcm"));

    /** Files every pack must have; the others may be absent (their sections are then empty). */
    static final Set<String> REQUIRED_FILES = Set.of("sources.csv", "countries.csv");

    private PackFormat() {}

    private static List<String> withProv(String... cols) {
        List<String> all = new ArrayList<>(List.of(cols));
        all.addAll(PROV);
        return List.copyOf(all);
    }

    /** The columns of {@code file}; the first is the row's key. */
    static List<String> columns(String file) {
        List<String> cols = FILES.get(file);
        if (cols == null) {
            throw new IllegalArgumentException("not a pack file: " + file);
        }
        return cols;
    }

    static List<String> optionalColumns(String file) {
        return OPTIONAL_COLUMNS.getOrDefault(file, List.of());
    }
}
