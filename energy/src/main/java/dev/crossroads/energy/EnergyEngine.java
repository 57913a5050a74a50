package dev.crossroads.energy;

import dev.crossroads.energy.AllocationResult.ArcFlow;
import dev.crossroads.energy.AllocationResult.BindingConstraint;
import dev.crossroads.energy.AllocationResult.ContractShortfall;
import dev.crossroads.energy.AllocationResult.MarketDelivery;
import dev.crossroads.energy.AllocationResult.SourceOutput;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.YenKShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedMultigraph;

/**
 * The energy engine: the one entry point for allocation, replay of reported flows, route options,
 * disruptions, N-1 criticality and diversification metrics on a {@link GasNetwork}. Stateless and plain Java:
 * it takes networks and returns results that explain themselves. The LP is documented on {@code Allocation}.
 */
public final class EnergyEngine {
    static final double TOL = 1e-6;
    private static final Set<String> EUROPE = Set.of(
            "ALB", "AUT", "BEL", "BGR", "BIH", "CHE", "CZE", "DEU", "DNK", "ESP", "EST", "FIN", "FRA", "GBR", "GRC",
            "HRV", "HUN", "IRL", "ITA", "LTU", "LUX", "LVA", "MDA", "MKD", "MLT", "MNE", "NLD", "NOR", "POL", "PRT",
            "ROU", "SRB", "SVK", "SVN", "SWE", "UKR", "XKX", "CYP");

    static {
        // load the OR-Tools native libraries once, outside any timed solve
        Allocation.loadNatives();
    }

    /** Told after each outage of an N-1 run (for a progress bar). */
    @FunctionalInterface
    public interface Progress {
        void step(int done, int total);

        Progress NONE = (d, t) -> {};
    }

    /** The netback-maximising allocation of the network's year. */
    public AllocationResult allocate(GasNetwork network) {
        try (Allocation lp = new Allocation(network)) {
            return report(lp, lp.solve());
        }
    }

    /** The allocation LP in MPS format (for peer solvers such as glpsol and clp). */
    public String exportMps(GasNetwork network) {
        try (Allocation lp = new Allocation(network)) {
            return lp.exportMps();
        }
    }

    // ---------------------------------------------------------------- reporting

    AllocationResult report(Allocation lp, Allocation.Solution sol) {
        GasNetwork net = lp.network;
        FlowTrace trace = new FlowTrace(net, lp.nodeIndex, sol.flow(), sol.supply());
        List<MarketDelivery> deliveries = new ArrayList<>();
        List<BindingConstraint> binding = new ArrayList<>();
        double feeDelivered = 0;
        for (int m = 0; m < net.sinks().size(); m++) {
            GasNetwork.Sink s = net.sinks().get(m);
            double dv = clean(sol.delivered(m));
            double bought = clean(sol.bought()[m]);
            double feeIn = clean(sol.feeReceived()[m]);
            feeDelivered += feeIn;
            double unitCost = trace.unitCostUsdPerKcm[lp.nodeIndex.get(s.node())];
            // what one more bcm delivered here is worth: price less the value of gas at the market's node
            // (read from the node balance dual, which stays meaningful when the cap and a contract minimum coincide)
            double margin = s.priceUsdPerKcm() - Math.abs(sol.nodeDual()[lp.nodeIndex.get(s.node())]);
            double shadow = Math.max(0, margin);
            boolean atCap = sol.sinkCap()[m] > TOL && dv >= sol.sinkCap()[m] - tol(sol.sinkCap()[m]);
            deliveries.add(new MarketDelivery(
                    s.id(),
                    s.name(),
                    s.country(),
                    dv,
                    feeIn,
                    sol.sinkCap()[m],
                    sol.sinkMin()[m],
                    s.priceUsdPerKcm(),
                    usd(bought * s.priceUsdPerKcm()),
                    usd(bought * (s.priceUsdPerKcm() - unitCost)),
                    atCap ? clean(shadow) : 0));
            if (atCap) {
                binding.add(new BindingConstraint(
                        "demandCap",
                        s.id(),
                        sol.sinkCap()[m],
                        clean(shadow),
                        String.format(
                                Locale.ROOT,
                                "%s takes all it can (%.2f bcm); one more bcm of demand would add $%.1f million",
                                s.id(),
                                sol.sinkCap()[m],
                                shadow)));
            }
            if (sol.sinkMin()[m] > TOL && dv <= sol.sinkMin()[m] + tol(sol.sinkMin()[m])) {
                double dual = Math.max(0, -margin);
                binding.add(new BindingConstraint(
                        "contractMinimum",
                        s.id(),
                        sol.sinkMin()[m],
                        clean(-dual),
                        String.format(
                                Locale.ROOT,
                                "%s gets only its contract minimum (%.2f bcm)%s",
                                s.id(),
                                sol.sinkMin()[m],
                                dual > TOL
                                        ? String.format(
                                                Locale.ROOT, "; each bcm of obligation costs $%.1f million", dual)
                                        : "")));
            }
        }
        List<ArcFlow> flows = new ArrayList<>();
        double feeLoss = 0;
        for (int a = 0; a < net.arcs().size(); a++) {
            GasNetwork.Arc arc = net.arcs().get(a);
            double f = clean(sol.flow()[a]);
            double cap = sol.arcCap()[a];
            double shadow = Math.abs(sol.arcReducedCost()[a]);
            boolean atCap = f >= cap - tol(cap) && (cap > TOL || shadow > TOL);
            feeLoss += f * arc.transitFeeShare();
            flows.add(new ArcFlow(
                    arc.id(),
                    arc.kind().name().toLowerCase(Locale.ROOT),
                    arc.from(),
                    arc.to(),
                    arc.country(),
                    f,
                    f * (1 - arc.transitFeeShare()),
                    cap,
                    cap > TOL ? f / cap : 0,
                    usd(f * arc.tariffUsdPerKcm()),
                    atCap ? clean(shadow) : 0));
            if (atCap) {
                binding.add(new BindingConstraint(
                        "arcCapacity",
                        arc.id(),
                        cap,
                        clean(shadow),
                        String.format(
                                Locale.ROOT,
                                "%s (%s, %s) is full at %.2f bcm; one more bcm of capacity would add $%.1f million",
                                arc.id(),
                                arc.name(),
                                arc.country(),
                                cap,
                                shadow)));
            }
        }
        feeLoss = clean(feeLoss - feeDelivered);
        List<SourceOutput> supplies = new ArrayList<>();
        double produced = 0;
        for (int f = 0; f < net.sources().size(); f++) {
            GasNetwork.Source s = net.sources().get(f);
            double v = clean(sol.supply()[f]);
            produced += v;
            double cap = sol.sourceCap()[f];
            boolean atCap = cap > TOL && v >= cap - tol(cap);
            double shadow = Math.abs(sol.sourceReducedCost()[f]);
            supplies.add(
                    new SourceOutput(s.id(), s.node(), v, cap, usd(v * s.costUsdPerKcm()), atCap ? clean(shadow) : 0));
            if (atCap) {
                binding.add(new BindingConstraint(
                        "supply",
                        s.id(),
                        cap,
                        clean(shadow),
                        String.format(
                                Locale.ROOT,
                                "%s produces all it can (%.2f bcm); one more bcm would add $%.1f million",
                                s.id(),
                                cap,
                                shadow)));
            }
        }
        binding.sort(Comparator.comparingDouble((BindingConstraint b) -> -Math.abs(b.shadowPriceUsdPerKcm()))
                .thenComparing(BindingConstraint::id));
        List<ContractShortfall> shortfalls = shortfalls(lp, sol);
        double delivered =
                deliveries.stream().mapToDouble(MarketDelivery::deliveredBcm).sum();
        List<String> explanation = new ArrayList<>();
        explanation.add(String.format(
                Locale.ROOT,
                "%.2f bcm produced, %.2f bcm delivered to %d markets, %.2f bcm taken as in-kind transit fees and not delivered; netback $%.1f million.",
                produced,
                delivered,
                deliveries.stream().filter(d -> d.deliveredBcm() > TOL).count(),
                feeLoss,
                sol.netbackMusd()));
        for (MarketDelivery md : deliveries) {
            if (md.feeReceivedBcm() > 1e-4) {
                explanation.add(String.format(
                        Locale.ROOT,
                        "%s receives %.2f bcm of in-kind transit fees taken on arcs in %s (counted in its %.2f bcm; no netback for the exporter).",
                        md.market(),
                        md.feeReceivedBcm(),
                        md.country(),
                        md.deliveredBcm()));
            }
        }
        shortfalls.forEach(s -> explanation.add(s.explanation()));
        return new AllocationResult(
                net.name(),
                net.year(),
                shortfalls.isEmpty() ? AllocationResult.Status.OPTIMAL : AllocationResult.Status.CONTRACTS_UNMET,
                usd(sol.netbackMusd()),
                produced,
                delivered,
                feeLoss,
                feeDelivered,
                deliveries,
                flows,
                supplies,
                binding,
                shortfalls,
                explanation,
                sol.solveMillis());
    }

    private List<ContractShortfall> shortfalls(Allocation lp, Allocation.Solution sol) {
        GasNetwork net = lp.network;
        List<ContractShortfall> out = new ArrayList<>();
        for (int m = 0; m < net.sinks().size(); m++) {
            double u = sol.shortfall()[m];
            if (u <= TOL) {
                continue;
            }
            GasNetwork.Sink s = net.sinks().get(m);
            Set<Integer> onRoutes = arcsOnRoutesTo(lp, s.node());
            List<String> saturated = new ArrayList<>();
            for (int a : onRoutes) {
                double cap = sol.arcCap()[a];
                if (sol.flow()[a] >= cap - tol(cap)) {
                    GasNetwork.Arc arc = net.arcs().get(a);
                    saturated.add(
                            cap < arc.capacityBcmPerYear() - TOL
                                    ? String.format(
                                            Locale.ROOT,
                                            "%s (cut to %.2f of %.2f bcm)",
                                            arc.id(),
                                            cap,
                                            arc.capacityBcmPerYear())
                                    : String.format(Locale.ROOT, "%s (full at %.2f bcm)", arc.id(), cap));
                }
            }
            Set<String> upstream = upstreamNodes(lp, s.node());
            List<String> exhausted = new ArrayList<>();
            for (int f = 0; f < net.sources().size(); f++) {
                GasNetwork.Source src = net.sources().get(f);
                if (upstream.contains(src.node()) && sol.supply()[f] >= sol.sourceCap()[f] - tol(sol.sourceCap()[f])) {
                    exhausted.add(String.format(Locale.ROOT, "%s (%.2f bcm)", src.id(), sol.sourceCap()[f]));
                }
            }
            List<String> contracts = s.contracts().stream()
                    .map(c -> String.format(Locale.ROOT, "%s (min %.2f bcm)", c.id(), c.minBcmPerYear()))
                    .toList();
            if (contracts.isEmpty()) {
                contracts = List.of("reported volume");
            }
            double dv = clean(sol.delivered(m));
            String why;
            if (saturated.isEmpty() && exhausted.isEmpty()) {
                why = "no route from a field reaches it";
            } else {
                why = "limited by " + String.join(", ", concat(saturated, exhausted));
            }
            if (sol.sinkCap()[m] < sol.sinkMin()[m] - TOL) {
                why = String.format(Locale.ROOT, "its delivery is capped at %.2f bcm", sol.sinkCap()[m]);
            }
            out.add(new ContractShortfall(
                    s.id(),
                    contracts,
                    sol.sinkMin()[m],
                    dv,
                    clean(u),
                    saturated,
                    exhausted,
                    String.format(
                            Locale.ROOT,
                            "%s cannot get its required %.2f bcm (%s): the network delivers %.2f bcm, %.2f short; %s.",
                            s.id(),
                            sol.sinkMin()[m],
                            String.join(", ", contracts),
                            dv,
                            u,
                            why)));
        }
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> r = new ArrayList<>(a);
        r.addAll(b);
        return r;
    }

    /** Nodes from which {@code target} can be reached over arcs (whatever their current capacity). */
    private static Set<String> upstreamNodes(Allocation lp, String target) {
        Map<String, List<GasNetwork.Arc>> into = new HashMap<>();
        for (GasNetwork.Arc a : lp.network.arcs()) {
            into.computeIfAbsent(a.to(), k -> new ArrayList<>()).add(a);
        }
        Set<String> seen = new LinkedHashSet<>();
        ArrayDeque<String> queue = new ArrayDeque<>();
        queue.add(target);
        seen.add(target);
        while (!queue.isEmpty()) {
            String v = queue.poll();
            for (GasNetwork.Arc a : into.getOrDefault(v, List.of())) {
                if (seen.add(a.from())) {
                    queue.add(a.from());
                }
            }
        }
        return seen;
    }

    /** Arcs lying on some path from a source node to {@code target}. */
    private static Set<Integer> arcsOnRoutesTo(Allocation lp, String target) {
        GasNetwork net = lp.network;
        Set<String> up = upstreamNodes(lp, target);
        Map<String, List<Integer>> outOf = new HashMap<>();
        for (int a = 0; a < net.arcs().size(); a++) {
            outOf.computeIfAbsent(net.arcs().get(a).from(), k -> new ArrayList<>())
                    .add(a);
        }
        Set<String> down = new LinkedHashSet<>();
        ArrayDeque<String> queue = new ArrayDeque<>();
        for (GasNetwork.Source s : net.sources()) {
            if (down.add(s.node())) {
                queue.add(s.node());
            }
        }
        while (!queue.isEmpty()) {
            String v = queue.poll();
            for (int a : outOf.getOrDefault(v, List.of())) {
                String t = net.arcs().get(a).to();
                if (down.add(t)) {
                    queue.add(t);
                }
            }
        }
        Set<Integer> arcs = new LinkedHashSet<>();
        for (int a = 0; a < net.arcs().size(); a++) {
            GasNetwork.Arc arc = net.arcs().get(a);
            if (down.contains(arc.from()) && up.contains(arc.to())) {
                arcs.add(a);
            }
        }
        return arcs;
    }

    static double tol(double scale) {
        return TOL * Math.max(1, Math.abs(scale));
    }

    static double clean(double v) {
        return Math.abs(v) < 1e-9 ? 0 : v;
    }

    private static double usd(double musd) {
        return Math.round(musd * 1e6 * 100) / 100.0;
    }

    // ---------------------------------------------------------------- replay

    /**
     * Fixes each reported market's delivery to its reported volume (markets without a report stay free) and
     * checks that the network carries it; compares with the model's optimum and explains each difference.
     */
    public ReplayResult replay(GasNetwork network, Map<String, Double> reportedBcm) {
        for (String m : reportedBcm.keySet()) {
            if (network.sink(m).isEmpty()) {
                throw new EnergyException("reported delivery for unknown market " + m);
            }
        }
        if (reportedBcm.isEmpty()) {
            throw new EnergyException("the pack reports no deliveries for " + network.year()
                    + ": add rows to gas/deliveries.csv or choose another year");
        }
        try (Allocation lp = new Allocation(network)) {
            Allocation.Solution optSol = lp.solve();
            AllocationResult optimum = report(lp, optSol);
            for (int m = 0; m < network.sinks().size(); m++) {
                Double r = reportedBcm.get(network.sinks().get(m).id());
                if (r != null) {
                    lp.setSinkBounds(m, r, r);
                }
            }
            AllocationResult replay = report(lp, lp.solve());
            boolean carried = replay.shortfalls().isEmpty();
            Map<String, Double> margin = new HashMap<>();
            for (MarketDelivery md : optimum.deliveries()) {
                margin.put(
                        md.market(),
                        md.deliveredBcm() > TOL ? md.netbackUsd() / (md.deliveredBcm() * 1e6) : Double.NaN);
            }
            List<ReplayResult.MarketComparison> rows = new ArrayList<>();
            Map<String, List<String>> groupMarkets = new TreeMap<>();
            for (GasNetwork.Sink s : network.sinks()) {
                String group = EUROPE.contains(s.country()) ? "Europe" : s.id();
                groupMarkets.computeIfAbsent(group, k -> new ArrayList<>()).add(s.id());
                double rep = replay.delivery(s.id()).deliveredBcm();
                double opt = optimum.delivery(s.id()).deliveredBcm();
                Double reported = reportedBcm.get(s.id());
                rows.add(new ReplayResult.MarketComparison(
                        s.id(),
                        group,
                        reported == null ? OptionalDouble.empty() : OptionalDouble.of(reported),
                        rep,
                        opt,
                        opt - rep,
                        reason(lp, optSol, s, reported, rep, opt, optimum, margin)));
            }
            List<ReplayResult.GroupComparison> groups = new ArrayList<>();
            for (Map.Entry<String, List<String>> g : groupMarkets.entrySet()) {
                double rep = 0;
                double opt = 0;
                double reported = 0;
                for (String m : g.getValue()) {
                    rep += replay.delivery(m).deliveredBcm();
                    opt += optimum.delivery(m).deliveredBcm();
                    reported += reportedBcm.getOrDefault(m, 0.0);
                }
                groups.add(new ReplayResult.GroupComparison(g.getKey(), g.getValue(), reported, rep, opt, opt - rep));
            }
            List<String> explanation = new ArrayList<>();
            if (carried) {
                explanation.add(String.format(
                        Locale.ROOT,
                        "The network carries the reported %d deliveries of %d (%.2f bcm); netback $%.1f million against $%.1f million at the optimum (gap $%.1f million).",
                        reportedBcm.size(),
                        network.year(),
                        reportedBcm.values().stream()
                                .mapToDouble(Double::doubleValue)
                                .sum(),
                        replay.netbackUsd() / 1e6,
                        optimum.netbackUsd() / 1e6,
                        (optimum.netbackUsd() - replay.netbackUsd()) / 1e6));
            } else {
                explanation.add("The network cannot carry the reported deliveries of " + network.year() + ":");
                replay.shortfalls().forEach(s -> explanation.add("  " + s.explanation()));
            }
            List<String> free = network.sinks().stream()
                    .map(GasNetwork.Sink::id)
                    .filter(m -> !reportedBcm.containsKey(m))
                    .toList();
            if (!free.isEmpty()) {
                explanation.add("No reported volume for " + String.join(", ", free)
                        + ": left free (the LP chooses) in the replay.");
            }
            if (groupMarkets.containsKey("Europe") && groupMarkets.get("Europe").size() > 1) {
                explanation.add(
                        "Europe aggregates " + String.join(", ", groupMarkets.get("Europe"))
                                + " (markets in European countries other than Türkiye and Georgia), as public reporting often gives one European total.");
            }
            List<BindingConstraint> binding = replay.bindingConstraints().stream()
                    .filter(b -> !(reportedBcm.containsKey(b.id())
                            && (b.kind().equals("demandCap") || b.kind().equals("contractMinimum"))))
                    .map(b -> carried
                            ? b
                            : new BindingConstraint(
                                    b.kind(),
                                    b.id(),
                                    b.limitBcm(),
                                    0,
                                    String.format(
                                            Locale.ROOT,
                                            "%s (%s) is at its limit of %.2f bcm [shadow price withheld: the replay does not fit, so the duals carry the shortfall penalty of $%.0f/kcm]",
                                            b.id(),
                                            b.kind(),
                                            b.limitBcm(),
                                            Allocation.SHORTFALL_PENALTY_USD_PER_KCM)))
                    .toList();
            List<String> differs = rows.stream()
                    .filter(r -> r.reportedBcm().isPresent() && Math.abs(r.differenceBcm()) > 1e-4)
                    .map(r -> String.format(
                            Locale.ROOT,
                            "  %s: optimum %.2f vs reported %.2f bcm. %s.",
                            r.market(),
                            r.optimumBcm(),
                            r.reportedBcm().getAsDouble(),
                            Character.toUpperCase(r.reason().charAt(0))
                                    + r.reason().substring(1)))
                    .toList();
            if (!differs.isEmpty()) {
                explanation.add("Where the model's free optimum differs from reality, and why:");
                explanation.addAll(differs);
            }
            return new ReplayResult(
                    network.year(),
                    carried,
                    replay.netbackUsd(),
                    optimum.netbackUsd(),
                    rows,
                    groups,
                    binding,
                    explanation);
        }
    }

    private static String reason(
            Allocation lp,
            Allocation.Solution sol,
            GasNetwork.Sink s,
            Double reported,
            double rep,
            double opt,
            AllocationResult optimum,
            Map<String, Double> margin) {
        double diff = opt - (reported != null ? reported : rep);
        if (reported == null) {
            return "not reported: free in the replay";
        }
        if (Math.abs(diff) <= 1e-4) {
            return "optimum agrees with the reported volume";
        }
        MarketDelivery od = optimum.delivery(s.id());
        if (diff > 0) {
            String limit = od.deliveredBcm() >= od.demandCapBcm() - 1e-4
                    ? "up to its demand cap"
                    : "until a route capacity binds";
            return String.format(
                    Locale.ROOT,
                    "optimum sends %.2f bcm more %s: price $%.0f/kcm leaves a margin of $%.0f/kcm after tariffs, fees and field cost",
                    diff,
                    limit,
                    s.priceUsdPerKcm(),
                    margin.getOrDefault(s.id(), Double.NaN));
        }
        if (od.contractMinBcm() > TOL && od.deliveredBcm() <= od.contractMinBcm() + 1e-4) {
            return String.format(
                    Locale.ROOT,
                    "optimum sends %.2f bcm less, only the contract minimum: the gas earns more in other markets at the margin",
                    -diff);
        }
        // gas at the market's node is worth what it would earn elsewhere; walk back along the cheapest in-arc to
        // the market that sets that value and name it with the tariffs in between
        GasNetwork net = lp.network;
        int v = lp.nodeIndex.get(s.node());
        double valueHere = Math.abs(sol.nodeDual()[v]);
        List<String> tolls = new ArrayList<>();
        String setter = null;
        Set<Integer> seen = new java.util.HashSet<>();
        while (seen.add(v) && setter == null) {
            int best = -1;
            double bestVal = Double.POSITIVE_INFINITY;
            for (int a = 0; a < net.arcs().size(); a++) {
                GasNetwork.Arc arc = net.arcs().get(a);
                if (lp.nodeIndex.get(arc.to()) == v && sol.arcCap()[a] > TOL) {
                    double val = (Math.abs(sol.nodeDual()[lp.nodeIndex.get(arc.from())]) + arc.tariffUsdPerKcm())
                            / (1 - arc.transitFeeShare());
                    if (val < bestVal) {
                        bestVal = val;
                        best = a;
                    }
                }
            }
            if (best < 0) {
                break;
            }
            GasNetwork.Arc arc = net.arcs().get(best);
            tolls.add(String.format(Locale.ROOT, "$%.2f on %s", arc.tariffUsdPerKcm(), arc.id()));
            v = lp.nodeIndex.get(arc.from());
            for (int m = 0; m < net.sinks().size(); m++) {
                GasNetwork.Sink other = net.sinks().get(m);
                if (!other.id().equals(s.id()) && lp.nodeIndex.get(other.node()) == v && sol.delivered(m) > TOL) {
                    setter = other.id();
                    break;
                }
            }
        }
        if (setter != null) {
            GasNetwork.Sink o = net.sink(setter).orElseThrow();
            double upstream = Math.abs(sol.nodeDual()[v]);
            String same = Math.abs(o.priceUsdPerKcm() - s.priceUsdPerKcm()) < 1e-9
                    ? "the same price"
                    : String.format(Locale.ROOT, "$%.0f/kcm", o.priceUsdPerKcm());
            return String.format(
                    Locale.ROOT,
                    "optimum sends %.2f bcm less: gas reaching it costs $%.2f/kcm at the margin (worth $%.2f at %s, where %s pays %s, plus %s) against its price $%.0f/kcm, so %s gets it without those tariffs; reality is held by commitments and policy the pack does not price",
                    -diff,
                    valueHere,
                    upstream,
                    net.nodes().get(v).id(),
                    setter,
                    same,
                    String.join(", ", tolls),
                    s.priceUsdPerKcm(),
                    setter);
        }
        return String.format(
                Locale.ROOT,
                "optimum sends %.2f bcm less: gas at its node is worth $%.2f/kcm at the margin elsewhere against its price $%.0f/kcm; reality is held by commitments the pack does not model",
                -diff,
                valueHere,
                s.priceUsdPerKcm());
    }

    // ---------------------------------------------------------------- routes

    /** The {@code k} cheapest simple paths by total tariff from a field (source) to a market, over arcs with capacity. */
    public RouteOptions routes(GasNetwork network, String field, String market, int k) {
        if (k < 1) {
            throw new EnergyException("k must be at least 1, got " + k);
        }
        GasNetwork.Source src = network.source(field)
                .orElseThrow(() -> new EnergyException("unknown field " + field + "; fields: "
                        + String.join(
                                ", ",
                                network.sources().stream()
                                        .map(GasNetwork.Source::id)
                                        .toList())));
        GasNetwork.Sink sink = network.sink(market)
                .orElseThrow(() -> new EnergyException("unknown market " + market + "; markets: "
                        + String.join(
                                ", ",
                                network.sinks().stream()
                                        .map(GasNetwork.Sink::id)
                                        .toList())));
        DirectedWeightedMultigraph<String, ArcEdge> g = new DirectedWeightedMultigraph<>(ArcEdge.class);
        network.nodes().forEach(n -> g.addVertex(n.id()));
        for (int a = 0; a < network.arcs().size(); a++) {
            GasNetwork.Arc arc = network.arcs().get(a);
            if (arc.capacityBcmPerYear() > TOL) {
                ArcEdge e = new ArcEdge(a);
                g.addEdge(arc.from(), arc.to(), e);
                g.setEdgeWeight(e, arc.tariffUsdPerKcm());
            }
        }
        List<RouteOptions.Route> routes = new ArrayList<>();
        if (!src.node().equals(sink.node())) {
            List<GraphPath<String, ArcEdge>> paths = new YenKShortestPath<>(g).getPaths(src.node(), sink.node(), k);
            int rank = 1;
            for (GraphPath<String, ArcEdge> p : paths) {
                routes.add(route(network, rank++, p, src, sink));
            }
        }
        return new RouteOptions(field, market, k, routes);
    }

    private static RouteOptions.Route route(
            GasNetwork net, int rank, GraphPath<String, ArcEdge> p, GasNetwork.Source src, GasNetwork.Sink sink) {
        List<String> arcs = new ArrayList<>();
        double bottleneck = Double.POSITIVE_INFINITY;
        String bottleneckArc = "";
        double tariff = 0;
        double costPerInjected = src.costUsdPerKcm();
        double share = 1;
        double length = 0;
        boolean lengthKnown = true;
        Set<String> countries = new LinkedHashSet<>();
        for (ArcEdge e : p.getEdgeList()) {
            GasNetwork.Arc arc = net.arcs().get(e.arc);
            arcs.add(arc.id());
            // capacity of the arc in units of gas injected at the field
            double capInjected = arc.capacityBcmPerYear() / share;
            if (capInjected < bottleneck) {
                bottleneck = capInjected;
                bottleneckArc = arc.id();
            }
            tariff += arc.tariffUsdPerKcm();
            costPerInjected += arc.tariffUsdPerKcm() * share;
            share *= 1 - arc.transitFeeShare();
            if (arc.lengthKm().isPresent()) {
                length += arc.lengthKm().getAsDouble();
            } else {
                lengthKnown = false;
            }
            if (!arc.country().equals(src.country()) && !arc.country().equals(sink.country())) {
                countries.add(arc.country());
            }
        }
        double netback = sink.priceUsdPerKcm() * share - costPerInjected;
        return new RouteOptions.Route(
                rank,
                arcs,
                p.getVertexList(),
                bottleneck,
                bottleneckArc,
                tariff,
                lengthKnown ? OptionalDouble.of(length) : OptionalDouble.empty(),
                List.copyOf(countries),
                share,
                netback);
    }

    /** A JGraphT edge standing for the arc with index {@code arc}. */
    static final class ArcEdge extends DefaultWeightedEdge {
        private static final long serialVersionUID = 1L;
        final int arc;

        ArcEdge(int arc) {
            this.arc = arc;
        }

        ArcEdge() {
            this(-1);
        }
    }

    // ---------------------------------------------------------------- disruptions

    /** Bounds a disruption imposes: arc index -> remaining capacity, plus the nodes it takes out. */
    private record Cut(Map<Integer, Double> arcCaps, Set<String> nodes) {}

    private static Cut resolve(GasNetwork net, Disruption d) {
        double keep = d.remainingIn(net.year());
        Map<Integer, Double> caps = new LinkedHashMap<>();
        Set<String> nodes = new LinkedHashSet<>();
        for (String id : d.cuts()) {
            boolean found = false;
            for (int a = 0; a < net.arcs().size(); a++) {
                GasNetwork.Arc arc = net.arcs().get(a);
                if (arc.id().equals(id) || arc.element().equals(id)) {
                    caps.put(a, arc.capacityBcmPerYear() * keep);
                    found = true;
                }
            }
            if (net.node(id).isPresent()) {
                found = true;
                nodes.add(id);
                for (int a = 0; a < net.arcs().size(); a++) {
                    GasNetwork.Arc arc = net.arcs().get(a);
                    if (arc.from().equals(id) || arc.to().equals(id)) {
                        caps.put(a, arc.capacityBcmPerYear() * keep);
                    }
                }
            }
            if (!found) {
                throw new EnergyException("unknown arc or node '" + id + "' in " + net.name() + " " + net.year()
                        + " (pipelines and swaps not operating that year are not in the network); arcs: "
                        + String.join(", ", net.elements().stream().limit(40).toList()));
            }
        }
        for (String c : d.transitCountries()) {
            boolean found = false;
            for (int a = 0; a < net.arcs().size(); a++) {
                GasNetwork.Arc arc = net.arcs().get(a);
                if (arc.country().equals(c)) {
                    caps.put(a, arc.capacityBcmPerYear() * keep);
                    found = true;
                }
            }
            if (!found) {
                throw new EnergyException("no arc of " + net.name() + " lies in " + c + "; countries with arcs: "
                        + String.join(
                                ", ",
                                net.arcs().stream()
                                        .map(GasNetwork.Arc::country)
                                        .distinct()
                                        .sorted()
                                        .toList()));
            }
        }
        return new Cut(caps, nodes);
    }

    private static void apply(Allocation lp, Cut cut, double keep) {
        cut.arcCaps().forEach(lp::setArcCapacity);
        GasNetwork net = lp.network;
        for (int f = 0; f < net.sources().size(); f++) {
            if (cut.nodes().contains(net.sources().get(f).node())) {
                lp.setSourceCapacity(f, lp.sourceCap[f] * keep);
            }
        }
        for (int m = 0; m < net.sinks().size(); m++) {
            if (cut.nodes().contains(net.sinks().get(m).node())) {
                lp.setSinkBounds(m, lp.sinkMin[m], lp.sinkCap[m] * keep);
            }
        }
    }

    /** Solves the base case, applies the disruption by changing bounds, re-solves from the base basis and compares. */
    public DisruptionResult disrupt(GasNetwork network, Disruption disruption) {
        Cut cut = resolve(network, disruption);
        try (Allocation lp = new Allocation(network)) {
            AllocationResult base = report(lp, lp.solve());
            apply(lp, cut, disruption.remainingIn(network.year()));
            AllocationResult after = report(lp, lp.solve());
            return compare(network, disruption, cut, base, after);
        }
    }

    private DisruptionResult compare(
            GasNetwork net, Disruption d, Cut cut, AllocationResult base, AllocationResult after) {
        List<DisruptionResult.MarketImpact> impacts = new ArrayList<>();
        List<String> explanation = new ArrayList<>();
        Map<String, Double> shortBy = new HashMap<>();
        after.shortfalls().forEach(s -> shortBy.put(s.market(), s.shortfallBcm()));
        double lostBcm = 0;
        for (MarketDelivery b : base.deliveries()) {
            MarketDelivery a = after.delivery(b.market());
            double lost = clean(b.deliveredBcm() - a.deliveredBcm());
            lostBcm += lost;
            impacts.add(new DisruptionResult.MarketImpact(
                    b.market(),
                    b.country(),
                    b.deliveredBcm(),
                    a.deliveredBcm(),
                    lost,
                    b.netbackUsd(),
                    a.netbackUsd(),
                    b.netbackUsd() - a.netbackUsd(),
                    shortBy.getOrDefault(b.market(), 0.0)));
        }
        impacts.sort(Comparator.comparingDouble((DisruptionResult.MarketImpact m) -> -m.lostNetbackUsd())
                .thenComparing(DisruptionResult.MarketImpact::market));
        List<String> arcIds =
                cut.arcCaps().keySet().stream().map(a -> net.arcs().get(a).id()).toList();
        explanation.add(String.format(
                Locale.ROOT,
                "Scenario: %s (%d arcs affected, %.0f%% of their capacity left over %d).",
                d.describe(),
                arcIds.size(),
                d.remainingIn(net.year()) * 100,
                net.year()));
        Set<String> reachable = reachableMarkets(net, after);
        for (DisruptionResult.MarketImpact m : impacts) {
            if (m.lostBcm() > 1e-4) {
                String why;
                if (m.disruptedBcm() <= 1e-4 && !reachable.contains(m.market())) {
                    why = "no route with capacity is left from any field to it";
                } else if (m.disruptedBcm() <= 1e-4) {
                    why = "the routes left are full or worth more to other markets";
                } else {
                    why = "its remaining routes carry less";
                }
                explanation.add(String.format(
                        Locale.ROOT,
                        "%s loses %.2f of %.2f bcm%s and $%.1f million netback: %s.",
                        m.market(),
                        m.lostBcm(),
                        m.baseBcm(),
                        m.disruptedBcm() <= 1e-4 ? " (all of it)" : "",
                        m.lostNetbackUsd() / 1e6,
                        why));
            } else if (m.lostBcm() < -1e-4) {
                explanation.add(String.format(
                        Locale.ROOT,
                        "%s gains %.2f bcm: gas that can no longer reach other markets goes there.",
                        m.market(),
                        -m.lostBcm()));
            }
        }
        after.shortfalls().forEach(s -> explanation.add(s.explanation()));
        if (impacts.stream().noneMatch(m -> Math.abs(m.lostBcm()) > 1e-4)) {
            explanation.add("No market loses volume: the remaining routes carry the base-case deliveries.");
        }
        return new DisruptionResult(
                d.describe(),
                arcIds,
                base.netbackUsd(),
                after.netbackUsd(),
                base.netbackUsd() - after.netbackUsd(),
                lostBcm,
                impacts,
                after,
                explanation);
    }

    private static Set<String> reachableMarkets(GasNetwork net, AllocationResult after) {
        Map<String, List<ArcFlow>> outOf = new HashMap<>();
        for (ArcFlow f : after.flows()) {
            if (f.capacityBcm() > TOL) {
                outOf.computeIfAbsent(f.from(), k -> new ArrayList<>()).add(f);
            }
        }
        Set<String> seen = new LinkedHashSet<>();
        ArrayDeque<String> q = new ArrayDeque<>();
        for (AllocationResult.SourceOutput s : after.supplies()) {
            if (s.capacityBcm() > TOL && seen.add(s.node())) {
                q.add(s.node());
            }
        }
        while (!q.isEmpty()) {
            String v = q.poll();
            for (ArcFlow f : outOf.getOrDefault(v, List.of())) {
                if (seen.add(f.to())) {
                    q.add(f.to());
                }
            }
        }
        Set<String> markets = new LinkedHashSet<>();
        for (GasNetwork.Sink s : net.sinks()) {
            if (seen.contains(s.node())) {
                markets.add(s.id());
            }
        }
        return markets;
    }

    // ---------------------------------------------------------------- N-1

    /**
     * Takes out every element (all arcs of a pipeline, swap or GasLib pipe) and every node in turn and ranks the
     * outages by netback lost. With {@code warmStart} one LP is kept and only bounds change between solves (GLOP
     * re-solves from the previous basis); without it each outage builds and solves a fresh LP (the reference).
     *
     * @param top how many of the ranking to return (0 or less: all)
     */
    public NMinus1Result nMinus1(GasNetwork network, int top, boolean warmStart, Progress progress) {
        return nMinus1(network, top, warmStart, progress, Integer.MAX_VALUE);
    }

    /**
     * As {@link #nMinus1(GasNetwork, int, boolean, Progress)} on the first {@code maxOutages} outages only (for benchmarks).
     *
     * <p>With {@code warmStart}, outages that cannot change the optimum are not solved. Claim: if every arc an
     * outage cuts carries zero flow in the base optimum {@code z*}, and (for a node outage) nothing is produced or
     * delivered at the node and no market there receives transit fees, then {@code z*} is optimal after the
     * outage too. Proof: the outage only lowers upper bounds (arc capacities, and supply and demand caps at the
     * node) to zero; the objective is unchanged (the one objective change an outage can make, dropping a
     * fee-receiving market's overflow penalty, is excluded). {@code z*} has zero on every lowered variable, so it
     * satisfies the new bounds: it is feasible for the restricted LP, whose feasible set is a subset of the base
     * one. As {@code z*} maximises the objective over the larger set, it maximises it over the subset. So the
     * outage's netback is the base netback and the base deliveries are an optimal answer. The cold reference
     * ({@code warmStart = false}) solves every outage; the property test checks that both agree.
     */
    public NMinus1Result nMinus1(GasNetwork network, int top, boolean warmStart, Progress progress, int maxOutages) {
        return nMinus1(network, top, warmStart, progress, maxOutages, N1_WORKERS);
    }

    /** As above with {@code workers} threads for the warm re-solves (tests pin it). */
    NMinus1Result nMinus1(
            GasNetwork network, int top, boolean warmStart, Progress progress, int maxOutages, int workers) {
        List<Outage> all = outages(network);
        List<Outage> outages = all.subList(0, Math.min(maxOutages, all.size()));
        long t0 = System.nanoTime();
        List<NMinus1Result.Outage> results = new ArrayList<>(outages.size());
        double baseNetback;
        double[] baseDelivery;
        int skipped = 0;
        int lpSolves;
        try (Allocation lp = new Allocation(network)) {
            Allocation.Solution base = lp.solve();
            baseNetback = base.netbackMusd();
            baseDelivery = base.delivery();
            Allocation.Light baseLight = new Allocation.Light(baseNetback, baseDelivery, base.shortfallTotal());
            if (warmStart) {
                Set<String> idleNodes = idleNodes(lp, base);
                Allocation.Light[] sols = new Allocation.Light[outages.size()];
                // outages whose cuts force the same arcs to zero share one LP: solve each such class once
                Map<String, Integer> classOf = new HashMap<>();
                List<Integer> representatives = new ArrayList<>();
                int[] representative = new int[outages.size()];
                ForcedZero closure = new ForcedZero(network);
                for (int i = 0; i < outages.size(); i++) {
                    Outage o = outages.get(i);
                    if (cannotChange(o, base.flow(), idleNodes)) {
                        sols[i] = baseLight;
                        representative[i] = -1;
                        skipped++;
                        continue;
                    }
                    String key = closure.key(o.cut);
                    Integer rep = classOf.get(key);
                    if (rep == null) {
                        classOf.put(key, i);
                        representatives.add(i);
                        representative[i] = i;
                    } else {
                        representative[i] = rep;
                    }
                }
                solveInParallel(
                        network,
                        lp,
                        outages,
                        representatives,
                        sols,
                        progress,
                        outages.size() - representatives.size(),
                        workers);
                for (int i = 0; i < outages.size(); i++) {
                    if (sols[i] == null) {
                        sols[i] = sols[representative[i]];
                    }
                    results.add(outcome(network, outages.get(i), sols[i], baseNetback, baseDelivery));
                }
                lpSolves = representatives.size();
            } else {
                int done = 0;
                for (Outage o : outages) {
                    Allocation.Light sol;
                    try (Allocation cold = new Allocation(network)) {
                        apply(cold, o.cut, 0);
                        sol = cold.solveLight();
                    }
                    results.add(outcome(network, o, sol, baseNetback, baseDelivery));
                    progress.step(++done, outages.size());
                }
                lpSolves = outages.size();
            }
        }
        double elapsed = (System.nanoTime() - t0) / 1e6;
        results.sort(Comparator.comparingDouble((NMinus1Result.Outage o) -> -o.lostNetbackUsd())
                .thenComparing(o -> -o.lostBcm())
                .thenComparing(NMinus1Result.Outage::kind)
                .thenComparing(NMinus1Result.Outage::id));
        List<NMinus1Result.Outage> ranked = new ArrayList<>();
        int limit = top > 0 ? Math.min(top, results.size()) : results.size();
        for (int i = 0; i < limit; i++) {
            NMinus1Result.Outage o = results.get(i);
            ranked.add(new NMinus1Result.Outage(
                    i + 1,
                    o.kind(),
                    o.id(),
                    o.country(),
                    o.lostNetbackUsd(),
                    o.lostBcm(),
                    o.netbackUsd(),
                    o.shortfallBcm(),
                    o.marketsHit()));
        }
        return new NMinus1Result(
                network.name(), network.year(), usd(baseNetback), outages.size(), lpSolves, warmStart, elapsed, ranked);
    }

    /** Workers of the warm N-1: the machine's cores, at most two (the project's machine kind). */
    private static final int N1_WORKERS =
            Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

    /**
     * Solves the outages {@code todo} (indices into {@code outages}) from a warm basis, {@link #N1_WORKERS}
     * threads each on its own copy of the LP started from the base optimum, each taking a fixed contiguous share
     * of the list (so the sequence of warm starts, and so the result, does not depend on timing).
     */
    private static void solveInParallel(
            GasNetwork network,
            Allocation lp,
            List<Outage> outages,
            List<Integer> todo,
            Allocation.Light[] sols,
            Progress progress,
            int alreadyDone,
            int requestedWorkers) {
        int workers = Math.max(1, Math.min(requestedWorkers, todo.size() / 2));
        int total = outages.size();
        int[] done = {alreadyDone};
        Object lock = new Object();
        progress.step(alreadyDone, total);
        java.util.function.BiConsumer<Allocation, List<Integer>> work = (model, share) -> {
            for (int i : share) {
                Outage o = outages.get(i);
                apply(model, o.cut, 0);
                sols[i] = model.solveLight();
                restore(model, o.cut);
                synchronized (lock) {
                    progress.step(++done[0], total);
                }
            }
        };
        if (workers == 1) {
            work.accept(lp, todo);
            return;
        }
        int per = (todo.size() + workers - 1) / workers;
        List<Thread> threads = new ArrayList<>();
        RuntimeException[] failure = new RuntimeException[1];
        for (int w = 1; w < workers; w++) {
            List<Integer> share = todo.subList(Math.min(todo.size(), w * per), Math.min(todo.size(), (w + 1) * per));
            Thread t = new Thread(
                    () -> {
                        try (Allocation model = new Allocation(network)) {
                            model.solve();
                            work.accept(model, share);
                        } catch (RuntimeException e) {
                            synchronized (lock) {
                                failure[0] = e;
                            }
                        }
                    },
                    "n-1-worker-" + w);
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
        work.accept(lp, todo.subList(0, Math.min(todo.size(), per)));
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EnergyException("N-1 interrupted");
            }
        }
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    /**
     * The arcs an outage forces to zero, closed under flow balance: at a node without sources whose every
     * incoming arc is forced to zero, nothing can leave, so its outgoing arcs are forced too; at a node without
     * markets whose every outgoing arc is forced, nothing can arrive (a transit fee share is below 1), so its
     * incoming arcs are forced; at a node with neither whose only free arcs are the two fee-free directions of
     * one link, both are forced (see {@code visit}: this keeps the optimal netback, not the feasible set). The
     * rules only grow the set, so the closure does not depend on their order. Two outages with the same closure
     * and the same producing or consuming nodes cut have the same LP once the closure is fixed at zero, and each
     * has the optimal netback of that LP: one LP solve serves both. The key names that closure.
     */
    private static final class ForcedZero {
        private final GasNetwork net;
        private final int[][] in;
        private final int[][] out;
        private final boolean[] hasSource;
        private final boolean[] hasSink;
        private final Map<String, Integer> nodeIndex = new HashMap<>();
        private final int[] forcedStamp;
        private final List<Integer> forcedList = new ArrayList<>();
        private int stamp;

        ForcedZero(GasNetwork net) {
            this.net = net;
            int n = net.nodes().size();
            for (int i = 0; i < n; i++) {
                nodeIndex.put(net.nodes().get(i).id(), i);
            }
            List<List<Integer>> ins = new ArrayList<>();
            List<List<Integer>> outs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                ins.add(new ArrayList<>());
                outs.add(new ArrayList<>());
            }
            for (int a = 0; a < net.arcs().size(); a++) {
                outs.get(nodeIndex.get(net.arcs().get(a).from())).add(a);
                ins.get(nodeIndex.get(net.arcs().get(a).to())).add(a);
            }
            in = new int[n][];
            out = new int[n][];
            for (int i = 0; i < n; i++) {
                in[i] = ins.get(i).stream().mapToInt(Integer::intValue).toArray();
                out[i] = outs.get(i).stream().mapToInt(Integer::intValue).toArray();
            }
            hasSource = new boolean[n];
            hasSink = new boolean[n];
            net.sources().forEach(f -> hasSource[nodeIndex.get(f.node())] = true);
            net.sinks().forEach(m -> hasSink[nodeIndex.get(m.node())] = true);
            forcedStamp = new int[net.arcs().size()];
        }

        String key(Cut cut) {
            stamp++;
            forcedList.clear();
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            for (Map.Entry<Integer, Double> e : cut.arcCaps().entrySet()) {
                if (e.getValue() == 0 && forcedStamp[e.getKey()] != stamp) {
                    forcedStamp[e.getKey()] = stamp;
                    forcedList.add(e.getKey());
                    queue.add(e.getKey());
                }
            }
            java.util.TreeSet<Integer> explicitNodes = new java.util.TreeSet<>();
            for (String id : cut.nodes()) {
                int v = nodeIndex.get(id);
                if (hasSource[v] || hasSink[v]) {
                    explicitNodes.add(v);
                }
            }
            while (!queue.isEmpty()) {
                int a = queue.poll();
                GasNetwork.Arc arc = net.arcs().get(a);
                visit(nodeIndex.get(arc.to()), explicitNodes, queue);
                visit(nodeIndex.get(arc.from()), explicitNodes, queue);
            }
            StringBuilder key = new StringBuilder();
            forcedList.sort(null);
            forcedList.forEach(a -> key.append(a).append(','));
            key.append('|');
            explicitNodes.forEach(v -> key.append(v).append(','));
            // arcs cut only in part (a capacity above zero) are not forced; they make the key unique
            cut.arcCaps().forEach((a, cap) -> {
                if (cap != 0) {
                    key.append('~').append(a).append('=').append(cap);
                }
            });
            return key.toString();
        }

        private void visit(int v, Set<Integer> explicitNodes, ArrayDeque<Integer> queue) {
            if ((!hasSource[v] || explicitNodes.contains(v)) && allForced(in[v])) {
                force(out[v], queue);
            }
            if ((!hasSink[v] || explicitNodes.contains(v)) && allForced(out[v])) {
                force(in[v], queue);
            }
            if (!hasSource[v] && !hasSink[v]) {
                // a pipe in series that ends here: only the two directions of one link to a node w are left,
                // both without a transit fee. Balance at v makes their flows equal, so dropping both keeps the
                // balance at w and, tariffs being non-negative, never lowers the netback: some optimum has both
                // at zero, and the LP with them forced has the same optimal netback
                int left = -1;
                int right = -1;
                int count = 0;
                for (int a : in[v]) {
                    if (forcedStamp[a] != stamp) {
                        left = a;
                        count++;
                    }
                }
                for (int a : out[v]) {
                    if (forcedStamp[a] != stamp) {
                        right = a;
                        count++;
                    }
                }
                if (count == 2 && left >= 0 && right >= 0) {
                    GasNetwork.Arc into = net.arcs().get(left);
                    GasNetwork.Arc outOf = net.arcs().get(right);
                    if (into.from().equals(outOf.to()) && into.transitFeeShare() == 0 && outOf.transitFeeShare() == 0) {
                        force(new int[] {left, right}, queue);
                    }
                }
            }
        }

        private boolean allForced(int[] arcs) {
            for (int a : arcs) {
                if (forcedStamp[a] != stamp) {
                    return false;
                }
            }
            return true;
        }

        private void force(int[] arcs, ArrayDeque<Integer> queue) {
            for (int a : arcs) {
                if (forcedStamp[a] != stamp) {
                    forcedStamp[a] = stamp;
                    forcedList.add(a);
                    queue.add(a);
                }
            }
        }
    }

    /** Nodes where the base optimum produces and delivers nothing and no market receives transit fees. */
    private static Set<String> idleNodes(Allocation lp, Allocation.Solution base) {
        GasNetwork net = lp.network;
        Set<String> busy = new java.util.HashSet<>();
        for (int f = 0; f < net.sources().size(); f++) {
            if (base.supply()[f] > 0) {
                busy.add(net.sources().get(f).node());
            }
        }
        for (int m = 0; m < net.sinks().size(); m++) {
            if (base.delivered(m) > 0 || lp.receivesFee(m)) {
                busy.add(net.sinks().get(m).node());
            }
        }
        Set<String> idle = new java.util.HashSet<>();
        net.nodes().forEach(n -> {
            if (!busy.contains(n.id())) {
                idle.add(n.id());
            }
        });
        return idle;
    }

    private static boolean cannotChange(Outage o, double[] baseFlow, Set<String> idleNodes) {
        for (int a : o.cut.arcCaps().keySet()) {
            if (baseFlow[a] != 0) {
                return false;
            }
        }
        return idleNodes.containsAll(o.cut.nodes());
    }

    private record Outage(String kind, String id, String country, Cut cut) {}

    private static List<Outage> outages(GasNetwork net) {
        Map<String, Map<Integer, Double>> byElement = new LinkedHashMap<>();
        Map<String, String> elementCountry = new HashMap<>();
        Map<String, Map<Integer, Double>> byNode = new LinkedHashMap<>();
        for (int a = 0; a < net.arcs().size(); a++) {
            GasNetwork.Arc arc = net.arcs().get(a);
            byElement.computeIfAbsent(arc.element(), k -> new LinkedHashMap<>()).put(a, 0.0);
            elementCountry.putIfAbsent(arc.element(), arc.country());
            byNode.computeIfAbsent(arc.from(), k -> new LinkedHashMap<>()).put(a, 0.0);
            byNode.computeIfAbsent(arc.to(), k -> new LinkedHashMap<>()).put(a, 0.0);
        }
        List<Outage> out = new ArrayList<>();
        byElement.forEach(
                (e, caps) -> out.add(new Outage("element", e, elementCountry.get(e), new Cut(caps, Set.of()))));
        for (GasNetwork.Node n : net.nodes()) {
            Map<Integer, Double> caps = byNode.getOrDefault(n.id(), Map.of());
            out.add(new Outage("node", n.id(), n.country(), new Cut(caps, Set.of(n.id()))));
        }
        return out;
    }

    private static void restore(Allocation lp, Cut cut) {
        cut.arcCaps().keySet().forEach(a -> lp.setArcCapacity(a, lp.arcCap[a]));
        GasNetwork net = lp.network;
        if (!cut.nodes().isEmpty()) {
            for (int f = 0; f < net.sources().size(); f++) {
                if (cut.nodes().contains(net.sources().get(f).node())) {
                    lp.setSourceCapacity(f, lp.sourceCap[f]);
                }
            }
            for (int m = 0; m < net.sinks().size(); m++) {
                if (cut.nodes().contains(net.sinks().get(m).node())) {
                    lp.setSinkBounds(m, lp.sinkMin[m], lp.sinkCap[m]);
                }
            }
        }
    }

    private static NMinus1Result.Outage outcome(
            GasNetwork net, Outage o, Allocation.Light sol, double baseNetback, double[] baseDelivery) {
        double lostBcm = 0;
        List<String> hit = new ArrayList<>();
        for (int m = 0; m < baseDelivery.length; m++) {
            double lost = baseDelivery[m] - sol.delivery()[m];
            lostBcm += lost;
            if (lost > 1e-4) {
                hit.add(net.sinks().get(m).id());
            }
        }
        return new NMinus1Result.Outage(
                0,
                o.kind(),
                o.id(),
                o.country(),
                usd(baseNetback - sol.netbackMusd()),
                clean(Math.round(lostBcm * 1e6) / 1e6),
                usd(sol.netbackMusd()),
                clean(sol.shortfallTotal()),
                hit);
    }

    // ---------------------------------------------------------------- diversification

    /** HHI over markets and over transit countries for the base case, or for the allocation under a disruption. */
    public Diversification metrics(GasNetwork network, Optional<Disruption> disruption) {
        return metrics(network, disruption, Optional.empty());
    }

    /**
     * As {@link #metrics(GasNetwork, Optional)}, with markets in {@code homeCountry} (the hub state's own
     * country, such as its domestic market or an exclave) treated as domestic: they are left out of the market
     * HHI and of the export volume, since they are not export destinations.
     */
    public Diversification metrics(GasNetwork network, Optional<Disruption> disruption, Optional<String> homeCountry) {
        try (Allocation lp = new Allocation(network)) {
            if (disruption.isPresent()) {
                apply(lp, resolve(network, disruption.get()), disruption.get().remainingIn(network.year()));
            }
            Allocation.Solution sol = lp.solve();
            FlowTrace trace = new FlowTrace(network, lp.nodeIndex, sol.flow(), sol.supply());
            Set<String> producers = new LinkedHashSet<>();
            network.sources().forEach(s -> producers.add(s.country()));
            // when the home country produces, only its own gas is exported: gas of other producers carried by the
            // network (a third party's supply to a market) is left out of exports, market shares and transit
            boolean ownGasOnly = homeCountry.isPresent() && producers.contains(homeCountry.get());
            double[] own = new double[network.sinks().size()];
            double total = 0;
            double exports = 0;
            List<String> domestic = new ArrayList<>();
            for (int m = 0; m < network.sinks().size(); m++) {
                GasNetwork.Sink s = network.sinks().get(m);
                double v = Math.max(0, sol.delivered(m));
                own[m] = ownGasOnly
                        ? trace.originShare.get(lp.nodeIndex.get(s.node())).getOrDefault(homeCountry.get(), 0.0)
                        : 1;
                total += v;
                if (homeCountry.isPresent() && s.country().equals(homeCountry.get())) {
                    domestic.add(s.id());
                } else {
                    exports += v * own[m];
                }
            }
            List<Diversification.MarketShare> markets = new ArrayList<>();
            Map<String, Double> through = new TreeMap<>();
            double hhiM = 0;
            for (int m = 0; m < network.sinks().size(); m++) {
                GasNetwork.Sink s = network.sinks().get(m);
                double v = Math.max(0, clean(sol.delivered(m)));
                boolean isDomestic = domestic.contains(s.id());
                double share = isDomestic || exports <= TOL ? 0 : v * own[m] / exports;
                hhiM += Math.pow(share * 100, 2);
                markets.add(new Diversification.MarketShare(
                        s.id(), s.country(), v, share, isDomestic, isDomestic ? 0 : clean(v * own[m])));
                // fee gas never crossed a transit country: only the gas bought at the node is traced
                double bought = Math.max(0, clean(sol.bought()[m])) * own[m];
                for (Map.Entry<String, Double> e :
                        trace.countryShare.get(lp.nodeIndex.get(s.node())).entrySet()) {
                    if (!producers.contains(e.getKey()) && !e.getKey().equals(s.country())) {
                        through.merge(e.getKey(), bought * e.getValue(), Double::sum);
                    }
                }
            }
            markets.sort(Comparator.comparingDouble((Diversification.MarketShare m) -> -m.deliveredBcm())
                    .thenComparing(Diversification.MarketShare::market));
            double sumThrough =
                    through.values().stream().mapToDouble(Double::doubleValue).sum();
            double hhiT = 0;
            List<Diversification.TransitShare> transit = new ArrayList<>();
            for (Map.Entry<String, Double> e : through.entrySet()) {
                if (e.getValue() <= 1e-9) {
                    continue;
                }
                hhiT += Math.pow(e.getValue() / sumThrough * 100, 2);
                transit.add(new Diversification.TransitShare(
                        e.getKey(), e.getValue(), exports > TOL ? e.getValue() / exports : 0));
            }
            transit.sort(Comparator.comparingDouble((Diversification.TransitShare t) -> -t.volumeBcm())
                    .thenComparing(Diversification.TransitShare::country));
            return new Diversification(
                    disruption.map(Disruption::describe).orElse("base case"),
                    total,
                    exports,
                    hhiM,
                    hhiT,
                    domestic,
                    markets,
                    transit);
        }
    }
}
