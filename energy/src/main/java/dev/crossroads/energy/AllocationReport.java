package dev.crossroads.energy;

import static dev.crossroads.energy.Numbers.TOL;
import static dev.crossroads.energy.Numbers.clean;
import static dev.crossroads.energy.Numbers.tol;
import static dev.crossroads.energy.Numbers.usd;

import dev.crossroads.energy.AllocationResult.ArcFlow;
import dev.crossroads.energy.AllocationResult.BindingConstraint;
import dev.crossroads.energy.AllocationResult.ContractShortfall;
import dev.crossroads.energy.AllocationResult.MarketDelivery;
import dev.crossroads.energy.AllocationResult.SourceOutput;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a solved allocation LP into an {@link AllocationResult} that explains itself: deliveries with their
 * netback, flows, supplies, the constraints that bind with their shadow prices, and why a contract is not met.
 */
final class AllocationReport {
    private AllocationReport() {}

    static AllocationResult report(Allocation lp, Allocation.Solution sol) {
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

    private static List<ContractShortfall> shortfalls(Allocation lp, Allocation.Solution sol) {
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
            List<String> cutOff = cutOffBy(lp, sol, s.node(), onRoutes);
            if (!cutOff.isEmpty()) {
                // no route with capacity is left: the cut arcs are the cause, not the full arcs or fields upstream
                saturated = cutOff;
                exhausted = List.of();
                why = "cut off: every route from a field to it runs through " + String.join(", ", cutOff);
            } else if (saturated.isEmpty() && exhausted.isEmpty()) {
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

    /**
     * When no route with capacity is left from a producing field to {@code target} but one existed at the arcs'
     * full capacities, the arcs on its routes whose capacity was cut to zero; else empty.
     */
    private static List<String> cutOffBy(Allocation lp, Allocation.Solution sol, String target, Set<Integer> onRoutes) {
        GasNetwork net = lp.network;
        Set<String> reached = new LinkedHashSet<>();
        ArrayDeque<String> queue = new ArrayDeque<>();
        for (int f = 0; f < net.sources().size(); f++) {
            if (sol.sourceCap()[f] > TOL && reached.add(net.sources().get(f).node())) {
                queue.add(net.sources().get(f).node());
            }
        }
        while (!queue.isEmpty()) {
            String v = queue.poll();
            for (int a = 0; a < net.arcs().size(); a++) {
                GasNetwork.Arc arc = net.arcs().get(a);
                if (arc.from().equals(v) && sol.arcCap()[a] > TOL && reached.add(arc.to())) {
                    queue.add(arc.to());
                }
            }
        }
        if (reached.contains(target)) {
            return List.of();
        }
        List<String> cut = new ArrayList<>();
        for (int a : onRoutes) {
            GasNetwork.Arc arc = net.arcs().get(a);
            if (sol.arcCap()[a] <= TOL && arc.capacityBcmPerYear() > TOL) {
                cut.add(String.format(Locale.ROOT, "%s (cut to 0 of %.2f bcm)", arc.id(), arc.capacityBcmPerYear()));
            }
        }
        return cut;
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
}
