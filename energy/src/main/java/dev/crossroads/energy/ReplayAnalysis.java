package dev.crossroads.energy;

import static dev.crossroads.energy.Numbers.TOL;

import dev.crossroads.energy.AllocationResult.BindingConstraint;
import dev.crossroads.energy.AllocationResult.MarketDelivery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;

/**
 * Replay of reported flows: fixes each reported market's delivery to its reported volume, checks that the network
 * carries it and explains each difference from the model's free optimum.
 */
final class ReplayAnalysis {
    static final Set<String> EUROPE = Set.of(
            "ALB", "AUT", "BEL", "BGR", "BIH", "CHE", "CZE", "DEU", "DNK", "ESP", "EST", "FIN", "FRA", "GBR", "GRC",
            "HRV", "HUN", "IRL", "ITA", "LTU", "LUX", "LVA", "MDA", "MKD", "MLT", "MNE", "NLD", "NOR", "POL", "PRT",
            "ROU", "SRB", "SVK", "SVN", "SWE", "UKR", "XKX", "CYP");

    private ReplayAnalysis() {}

    /**
     * Fixes each reported market's delivery to its reported volume (markets without a report stay free) and
     * checks that the network carries it; compares with the model's optimum and explains each difference.
     */
    static ReplayResult replay(GasNetwork network, Map<String, Double> reportedBcm) {
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
            AllocationResult optimum = AllocationReport.report(lp, optSol);
            for (int m = 0; m < network.sinks().size(); m++) {
                Double r = reportedBcm.get(network.sinks().get(m).id());
                if (r != null) {
                    lp.setSinkBounds(m, r, r);
                }
            }
            AllocationResult replay = AllocationReport.report(lp, lp.solve());
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
                        "The network carries the reported %d deliveries of %d (%.2f bcm); netback $%,.1f million against $%,.1f million at the optimum (gap $%,.1f million).",
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
}
