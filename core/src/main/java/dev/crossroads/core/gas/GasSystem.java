package dev.crossroads.core.gas;

import dev.crossroads.core.Checks;
import java.util.List;
import java.util.Optional;

/** Everything the pack says about the gas export system. */
public record GasSystem(
        List<GasNode> nodes,
        List<Field> fields,
        List<FieldSupply> supply,
        List<Pipeline> pipelines,
        List<CapacityStep> expansions,
        List<Swap> swaps,
        List<Market> markets,
        List<Contract> contracts,
        List<ReportedDelivery> deliveries,
        List<ReportedGroup> reportedGroups) {
    public GasSystem {
        nodes = Checks.list("nodes", nodes);
        fields = Checks.list("fields", fields);
        supply = Checks.list("supply", supply);
        pipelines = Checks.list("pipelines", pipelines);
        expansions = Checks.list("expansions", expansions);
        swaps = Checks.list("swaps", swaps);
        markets = Checks.list("markets", markets);
        contracts = Checks.list("contracts", contracts);
        deliveries = Checks.list("deliveries", deliveries);
        reportedGroups = Checks.list("reportedGroups", reportedGroups);
    }

    /** A system without published group totals (gas/reported-groups.csv absent). */
    public GasSystem(
            List<GasNode> nodes,
            List<Field> fields,
            List<FieldSupply> supply,
            List<Pipeline> pipelines,
            List<CapacityStep> expansions,
            List<Swap> swaps,
            List<Market> markets,
            List<Contract> contracts,
            List<ReportedDelivery> deliveries) {
        this(nodes, fields, supply, pipelines, expansions, swaps, markets, contracts, deliveries, List.of());
    }

    public static GasSystem empty() {
        return new GasSystem(
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public Optional<Pipeline> pipeline(String id) {
        return pipelines.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The capacity of a pipeline in a year: zero before commissioning, else the latest step at or before the year. */
    public double capacityIn(Pipeline p, int year) {
        if (year < p.commissioned()) {
            return 0;
        }
        double cap = p.capacityBcmPerYear();
        int bestYear = Integer.MIN_VALUE;
        for (CapacityStep s : expansions) {
            if (s.pipeline().equals(p.id()) && s.year() <= year && s.year() >= bestYear) {
                bestYear = s.year();
                cap = s.capacityBcmPerYear();
            }
        }
        return cap;
    }

    /** The provenance of the row that sets {@link #capacityIn} for {@code year}: the pipeline's, or its latest step's. */
    public dev.crossroads.core.Provenance capacityProvenanceIn(Pipeline p, int year) {
        dev.crossroads.core.Provenance prov = p.provenance();
        int bestYear = Integer.MIN_VALUE;
        for (CapacityStep s : expansions) {
            if (s.pipeline().equals(p.id()) && s.year() <= year && s.year() >= bestYear) {
                bestYear = s.year();
                prov = s.provenance();
            }
        }
        return prov;
    }
}
