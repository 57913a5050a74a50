package dev.crossroads.energy;

import dev.crossroads.core.Checks;
import dev.crossroads.core.ModelException;
import dev.crossroads.core.gas.Contract;
import dev.crossroads.core.gas.Field;
import dev.crossroads.core.gas.FieldSupply;
import dev.crossroads.core.gas.GasNode;
import dev.crossroads.core.gas.GasSystem;
import dev.crossroads.core.gas.Market;
import dev.crossroads.core.gas.Pipeline;
import dev.crossroads.core.gas.Swap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The gas network of one year, independent of where it came from (a region pack or a GasLib file) and of
 * the LP that allocates gas over it. Nodes, directed arcs (pipelines and swaps) with their capacity in that
 * year, sources (fields) and sinks (markets). Every id is unique within its kind; every arc, source and sink
 * refers to a node of the network.
 *
 * @param name     where the network came from (pack name or GasLib file)
 * @param year     the year whose capacities, supplies and contracts the network holds
 * @param nodes    the points of the network
 * @param arcs     directed arcs with capacity, tariff and transit fee
 * @param sources  gas injected into the network (fields, GasLib entries)
 * @param sinks    gas taken out (markets, GasLib exits)
 */
public record GasNetwork(
        String name, int year, List<Node> nodes, List<Arc> arcs, List<Source> sources, List<Sink> sinks) {
    public GasNetwork {
        Checks.notBlank("name", name);
        nodes = Checks.list("nodes", nodes);
        arcs = Checks.list("arcs", arcs);
        sources = Checks.list("sources", sources);
        sinks = Checks.list("sinks", sinks);
        Set<String> nodeIds = new HashSet<>();
        for (Node n : nodes) {
            if (!nodeIds.add(n.id())) {
                throw new ModelException("nodes", "node id " + n.id() + " appears twice");
            }
        }
        Set<String> arcIds = new HashSet<>();
        for (Arc a : arcs) {
            if (!arcIds.add(a.id())) {
                throw new ModelException("arcs", "arc id " + a.id() + " appears twice");
            }
            requireNode(nodeIds, a.from(), "arc " + a.id());
            requireNode(nodeIds, a.to(), "arc " + a.id());
        }
        Set<String> sourceIds = new HashSet<>();
        for (Source s : sources) {
            if (!sourceIds.add(s.id())) {
                throw new ModelException("sources", "source id " + s.id() + " appears twice");
            }
            requireNode(nodeIds, s.node(), "source " + s.id());
        }
        Set<String> sinkIds = new HashSet<>();
        for (Sink s : sinks) {
            if (!sinkIds.add(s.id())) {
                throw new ModelException("sinks", "market id " + s.id() + " appears twice");
            }
            requireNode(nodeIds, s.node(), "market " + s.id());
        }
    }

    private static void requireNode(Set<String> nodeIds, String node, String what) {
        if (!nodeIds.contains(node)) {
            throw new ModelException("node", what + " refers to unknown node " + node);
        }
    }

    /** A point of the network, in a country (ISO3). */
    public record Node(String id, String name, String country) {
        public Node {
            Checks.notBlank("id", id);
            name = name == null || name.isBlank() ? id : name;
            Checks.notBlank("country", country);
        }
    }

    /** What an arc stands for. */
    public enum ArcKind {
        PIPELINE,
        SWAP,
        GASLIB_PIPE,
        GASLIB_LINK
    }

    /**
     * A directed arc. Flow entering the arc is at most {@code capacityBcmPerYear}; the arc delivers
     * {@code (1 - transitFeeShare)} of it at {@code to}; the tariff is paid on the gas entering.
     *
     * @param element the physical element the arc belongs to: cutting the element cuts all its arcs (a GasLib
     *                pipe is two arcs, one per direction)
     * @param country the transit country the arc lies in (for a swap: the hub country {@code via})
     */
    public record Arc(
            String id,
            String element,
            String name,
            ArcKind kind,
            String from,
            String to,
            String country,
            String owner,
            double capacityBcmPerYear,
            double tariffUsdPerKcm,
            double transitFeeShare,
            OptionalDouble lengthKm) {
        public Arc {
            Checks.notBlank("id", id);
            Checks.notBlank("element", element);
            name = name == null || name.isBlank() ? id : name;
            Checks.present("kind", kind);
            Checks.notBlank("from", from);
            Checks.notBlank("to", to);
            if (from.equals(to)) {
                throw new ModelException("to", "arc " + id + " starts and ends at the same node " + from);
            }
            Checks.notBlank("country", country);
            owner = Checks.text(owner);
            Checks.nonNegative("capacity_bcm_per_year", capacityBcmPerYear);
            Checks.nonNegative("tariff_usd_per_kcm", tariffUsdPerKcm);
            Checks.finite("transit_fee_share", transitFeeShare);
            if (transitFeeShare < 0 || transitFeeShare >= 1) {
                throw new ModelException(
                        "transit_fee_share",
                        "transit fee share of arc " + id + " must be in [0, 1), got " + transitFeeShare);
            }
            Checks.present("lengthKm", lengthKm);
        }

        public Arc withCapacity(double capacity) {
            return new Arc(
                    id,
                    element,
                    name,
                    kind,
                    from,
                    to,
                    country,
                    owner,
                    capacity,
                    tariffUsdPerKcm,
                    transitFeeShare,
                    lengthKm);
        }
    }

    /** Gas available at a node in the year, at a cost. */
    public record Source(String id, String node, String country, double capacityBcmPerYear, double costUsdPerKcm) {
        public Source {
            Checks.notBlank("id", id);
            Checks.notBlank("node", node);
            Checks.notBlank("country", country);
            Checks.nonNegative("capacity_bcm_per_year", capacityBcmPerYear);
            Checks.nonNegative("cost_usd_per_kcm", costUsdPerKcm);
        }
    }

    /**
     * A market at a node: takes at most {@code demandCapBcmPerYear} at {@code priceUsdPerKcm}; its active
     * contracts oblige at least the sum of their minimums.
     */
    public record Sink(
            String id,
            String name,
            String node,
            String country,
            double demandCapBcmPerYear,
            double priceUsdPerKcm,
            List<ContractTerm> contracts) {
        public Sink {
            Checks.notBlank("id", id);
            name = name == null || name.isBlank() ? id : name;
            Checks.notBlank("node", node);
            Checks.notBlank("country", country);
            Checks.nonNegative("demand_cap_bcm_per_year", demandCapBcmPerYear);
            Checks.nonNegative("price_usd_per_kcm", priceUsdPerKcm);
            contracts = Checks.list("contracts", contracts);
        }

        /** The volume the active contracts oblige (sum of minimums). */
        public double contractMinBcm() {
            return contracts.stream().mapToDouble(ContractTerm::minBcmPerYear).sum();
        }

        public double contractMaxBcm() {
            return contracts.stream().mapToDouble(ContractTerm::maxBcmPerYear).sum();
        }
    }

    /** A contract active in the network's year. */
    public record ContractTerm(String id, double minBcmPerYear, double maxBcmPerYear) {
        public ContractTerm {
            Checks.notBlank("id", id);
            Checks.nonNegative("min_bcm_per_year", minBcmPerYear);
            Checks.nonNegative("max_bcm_per_year", maxBcmPerYear);
        }
    }

    /**
     * This network with each listed market obliged to take at least the given volume (for example the volumes
     * reported for the year, so that a disruption is measured against today's flows rather than the model's
     * optimum). The obligation is added as a contract term {@code label} on top of the market's own contract
     * minimums; a market's demand cap is raised to the volume when it is lower.
     */
    public GasNetwork withMinimums(Map<String, Double> minimumBcm, String label) {
        List<Sink> out = new ArrayList<>();
        for (Sink s : sinks) {
            Double v = minimumBcm.get(s.id());
            if (v == null || v <= s.contractMinBcm()) {
                out.add(s);
                continue;
            }
            List<ContractTerm> terms = new ArrayList<>(s.contracts());
            terms.add(new ContractTerm(label, v - s.contractMinBcm(), v));
            out.add(new Sink(
                    s.id(),
                    s.name(),
                    s.node(),
                    s.country(),
                    Math.max(s.demandCapBcmPerYear(), v),
                    s.priceUsdPerKcm(),
                    terms));
        }
        return new GasNetwork(name, year, nodes, arcs, sources, out);
    }

    public Optional<Node> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    public Optional<Arc> arc(String id) {
        return arcs.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Optional<Sink> sink(String id) {
        return sinks.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<Source> source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * The market that receives the in-kind transit fee taken on {@code arc}: the first market (in network order)
     * lying in the arc's transit country, when the arc takes a fee and the network has such a market. Georgia's
     * 5% of SCP throughput, for example, goes to the Georgian market and counts toward its delivery and cap.
     */
    public Optional<Sink> feeRecipient(Arc arc) {
        if (arc.transitFeeShare() <= 0) {
            return Optional.empty();
        }
        return sinks.stream().filter(s -> s.country().equals(arc.country())).findFirst();
    }

    /** The distinct element ids of the arcs, in arc order. */
    public List<String> elements() {
        return arcs.stream().map(Arc::element).distinct().toList();
    }

    /**
     * The network of a region pack's gas system in {@code year}. A pipeline counts when it is operating, or
     * planned and commissioned by that year; suspended and decommissioned pipelines are left out. Its capacity
     * is {@link GasSystem#capacityIn}. Swaps count on the same rule and lie in their {@code via} country. A
     * field supplies its row of {@code supply.csv} for the year (the latest earlier row when the year has none;
     * cost 0 when unknown). A market's contracts are those active in the year.
     */
    public static GasNetwork fromPack(String name, GasSystem gas, int year) {
        List<Node> nodes = new ArrayList<>();
        Map<String, String> countryOf = new HashMap<>();
        for (GasNode n : gas.nodes()) {
            nodes.add(new Node(n.id(), n.name(), n.country()));
            countryOf.put(n.id(), n.country());
        }
        List<Arc> arcs = new ArrayList<>();
        for (Pipeline p : gas.pipelines()) {
            if (!counts(p.status(), p.commissioned(), year)) {
                continue;
            }
            arcs.add(new Arc(
                    p.id(),
                    p.id(),
                    p.name(),
                    ArcKind.PIPELINE,
                    p.from(),
                    p.to(),
                    p.country(),
                    p.owner(),
                    gas.capacityIn(p, year),
                    p.tariffUsdPerKcm(),
                    p.transitFeeShare(),
                    p.lengthKm()));
        }
        for (Swap s : gas.swaps()) {
            if (!counts(s.status(), s.commissioned(), year)) {
                continue;
            }
            arcs.add(new Arc(
                    s.id(),
                    s.id(),
                    s.name(),
                    ArcKind.SWAP,
                    s.from(),
                    s.to(),
                    s.via(),
                    "swap via " + s.via(),
                    s.capacityBcmPerYear(),
                    s.feeUsdPerKcm(),
                    0,
                    OptionalDouble.empty()));
        }
        List<Source> sources = new ArrayList<>();
        for (Field f : gas.fields()) {
            FieldSupply best = null;
            for (FieldSupply s : gas.supply()) {
                if (s.field().equals(f.id()) && s.year() <= year && (best == null || s.year() > best.year())) {
                    best = s;
                }
            }
            if (best != null) {
                sources.add(new Source(
                        f.id(),
                        f.node(),
                        f.country(),
                        best.capacityBcmPerYear(),
                        best.costUsdPerKcm().orElse(0)));
            }
        }
        List<Sink> sinks = new ArrayList<>();
        for (Market m : gas.markets()) {
            List<ContractTerm> terms = new ArrayList<>();
            for (Contract c : gas.contracts()) {
                if (c.market().equals(m.id()) && c.activeIn(year)) {
                    terms.add(new ContractTerm(c.id(), c.minBcmPerYear(), c.maxBcmPerYear()));
                }
            }
            sinks.add(new Sink(
                    m.id(), m.name(), m.node(), m.country(), m.demandCapBcmPerYear(), m.priceUsdPerKcm(), terms));
        }
        return new GasNetwork(name, year, nodes, arcs, sources, sinks);
    }

    private static boolean counts(Pipeline.Status status, int commissioned, int year) {
        return switch (status) {
            case OPERATING -> true;
            case PLANNED -> year >= commissioned;
            case SUSPENDED, DECOMMISSIONED -> false;
        };
    }
}
