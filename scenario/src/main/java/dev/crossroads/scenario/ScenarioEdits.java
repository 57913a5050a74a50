package dev.crossroads.scenario;

import dev.crossroads.energy.GasNetwork;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Applies a scenario's gas changes to a network: capacities, prices, minimum volumes, new routes and markets.
 * Every id is checked; an unknown one is named with the scenario field that holds it.
 */
final class ScenarioEdits {
    private ScenarioEdits() {}

    static GasNetwork apply(GasNetwork net, ScenarioChanges c) {
        if (!c.changesEnergy()) {
            return net;
        }
        List<GasNetwork.Node> nodes = net.nodes();
        Set<String> nodeIds = new LinkedHashSet<>();
        nodes.forEach(n -> nodeIds.add(n.id()));
        List<GasNetwork.Arc> arcs = new ArrayList<>();
        Set<String> matched = new LinkedHashSet<>();
        for (GasNetwork.Arc a : net.arcs()) {
            Double cap = c.capacityBcm().get(a.id());
            if (cap == null) {
                cap = c.capacityBcm().get(a.element());
            }
            if (cap != null) {
                matched.add(c.capacityBcm().containsKey(a.id()) ? a.id() : a.element());
                arcs.add(a.withCapacity(cap));
            } else {
                arcs.add(a);
            }
        }
        for (String id : c.capacityBcm().keySet()) {
            if (!matched.contains(id)) {
                throw new ScenarioException("capacityBcm." + id + ": no pipeline, swap or arc '" + id
                        + "' in the network of " + net.year() + "; arcs are " + String.join(", ", net.elements()));
            }
        }
        for (ScenarioChanges.NewRoute r : c.addRoutes()) {
            for (String end : List.of(r.from(), r.to())) {
                if (!nodeIds.contains(end)) {
                    throw new ScenarioException("addRoutes[" + r.id() + "]: no gas node '" + end + "'; nodes are "
                            + String.join(", ", nodeIds));
                }
            }
            if (net.arc(r.id()).isPresent() || net.elements().contains(r.id())) {
                throw new ScenarioException("addRoutes[" + r.id() + "]: the network already has an arc '" + r.id()
                        + "'; change its capacity with capacityBcm instead");
            }
            arcs.add(new GasNetwork.Arc(
                    r.id(),
                    r.id(),
                    r.id() + " (scenario)",
                    GasNetwork.ArcKind.PIPELINE,
                    r.from(),
                    r.to(),
                    r.country(),
                    "scenario",
                    r.capacityBcm(),
                    r.tariffUsdPerKcm(),
                    0,
                    OptionalDouble.empty()));
        }
        List<GasNetwork.Sink> sinks = new ArrayList<>();
        for (GasNetwork.Sink s : net.sinks()) {
            Double price = c.priceUsdPerKcm().get(s.id());
            sinks.add(
                    price == null
                            ? s
                            : new GasNetwork.Sink(
                                    s.id(),
                                    s.name(),
                                    s.node(),
                                    s.country(),
                                    s.demandCapBcmPerYear(),
                                    price,
                                    s.contracts()));
        }
        for (String id : c.priceUsdPerKcm().keySet()) {
            requireMarket(net, c, id, "priceUsdPerKcm");
        }
        for (ScenarioChanges.NewMarket m : c.addMarkets()) {
            if (!nodeIds.contains(m.node())) {
                throw new ScenarioException("addMarkets[" + m.id() + "]: no gas node '" + m.node() + "'; nodes are "
                        + String.join(", ", nodeIds));
            }
            if (net.sink(m.id()).isPresent()) {
                throw new ScenarioException(
                        "addMarkets[" + m.id() + "]: the network already has a market '" + m.id() + "'");
            }
            sinks.add(new GasNetwork.Sink(
                    m.id(), m.name(), m.node(), m.country(), m.demandBcm(), m.priceUsdPerKcm(), List.of()));
        }
        GasNetwork out = new GasNetwork(net.name(), net.year(), nodes, arcs, net.sources(), sinks);
        if (!c.minimumBcm().isEmpty()) {
            for (String id : c.minimumBcm().keySet()) {
                requireMarket(out, c, id, "minimumBcm");
            }
            out = out.withMinimums(Map.copyOf(c.minimumBcm()), "scenario-minimum");
        }
        return out;
    }

    private static void requireMarket(GasNetwork net, ScenarioChanges c, String id, String field) {
        boolean added = c.addMarkets().stream().anyMatch(m -> m.id().equals(id));
        if (net.sink(id).isEmpty() && !added) {
            throw new ScenarioException(field + "." + id + ": no market '" + id + "'; markets are "
                    + String.join(
                            ", ", net.sinks().stream().map(GasNetwork.Sink::id).toList()));
        }
    }
}
