package dev.crossroads.energy;

import java.util.List;
import java.util.OptionalDouble;

/** The k cheapest routes (by total tariff) from a field to a market. */
public record RouteOptions(String field, String market, int requested, List<Route> routes) {
    public RouteOptions {
        routes = List.copyOf(routes);
    }

    /**
     * One simple path. {@code deliveredShare} is what arrives per unit injected after in-kind transit fees;
     * {@code lengthKm} is empty when an arc's length is unknown (swaps have none).
     */
    public record Route(
            int rank,
            List<String> arcs,
            List<String> nodes,
            double bottleneckBcm,
            String bottleneckArc,
            double tariffUsdPerKcm,
            OptionalDouble lengthKm,
            List<String> transitCountries,
            double deliveredShare,
            double netbackUsdPerKcm) {
        public Route {
            arcs = List.copyOf(arcs);
            nodes = List.copyOf(nodes);
            transitCountries = List.copyOf(transitCountries);
        }
    }
}
