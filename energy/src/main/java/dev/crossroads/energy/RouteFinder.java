package dev.crossroads.energy;

import static dev.crossroads.energy.Numbers.TOL;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.YenKShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedMultigraph;

/** Route options: the k cheapest simple paths by tariff from a field to a market, with bottleneck and transit. */
final class RouteFinder {
    private RouteFinder() {}

    /** The {@code k} cheapest simple paths by total tariff from a field (source) to a market, over arcs with capacity. */
    static RouteOptions routes(GasNetwork network, String field, String market, int k) {
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
}
