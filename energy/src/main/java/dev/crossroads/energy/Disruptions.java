package dev.crossroads.energy;

import static dev.crossroads.energy.Numbers.TOL;
import static dev.crossroads.energy.Numbers.clean;

import dev.crossroads.energy.AllocationResult.ArcFlow;
import dev.crossroads.energy.AllocationResult.MarketDelivery;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Disruptions: resolve a scenario into bounds on the LP, re-solve from the base basis and compare per market. */
final class Disruptions {
    private Disruptions() {}

    /** Bounds a disruption imposes: arc index -> remaining capacity, plus the nodes it takes out. */
    record Cut(Map<Integer, Double> arcCaps, Set<String> nodes) {}

    static Cut resolve(GasNetwork net, Disruption d) {
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

    static void apply(Allocation lp, Cut cut, double keep) {
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
    static DisruptionResult disrupt(GasNetwork network, Disruption disruption) {
        Cut cut = resolve(network, disruption);
        try (Allocation lp = new Allocation(network)) {
            AllocationResult base = AllocationReport.report(lp, lp.solve());
            apply(lp, cut, disruption.remainingIn(network.year()));
            AllocationResult after = AllocationReport.report(lp, lp.solve());
            return compare(network, disruption, cut, base, after);
        }
    }

    private static DisruptionResult compare(
            GasNetwork net, Disruption d, Cut cut, AllocationResult base, AllocationResult after) {
        List<DisruptionResult.MarketImpact> impacts = new ArrayList<>();
        List<String> explanation = new ArrayList<>();
        Map<String, Double> shortBy = new HashMap<>();
        after.shortfalls().forEach(s -> shortBy.put(s.market(), s.shortfallBcm()));
        double lostBcm = 0;
        for (MarketDelivery b : base.deliveries()) {
            MarketDelivery a = after.delivery(b.market());
            double lost = clean(b.deliveredBcm() - a.deliveredBcm());
            lostBcm += Math.max(0, lost);
            impacts.add(new DisruptionResult.MarketImpact(
                    b.market(),
                    b.country(),
                    b.deliveredBcm(),
                    a.deliveredBcm(),
                    lost,
                    b.netbackUsd(),
                    a.netbackUsd(),
                    b.netbackUsd() - a.netbackUsd(),
                    shortBy.getOrDefault(b.market(), 0.0),
                    Math.max(0, lost),
                    Math.max(0, -lost),
                    Math.max(0, b.revenueUsd() - a.revenueUsd())));
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
}
