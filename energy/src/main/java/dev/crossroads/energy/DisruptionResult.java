package dev.crossroads.energy;

import java.util.List;

/** A disruption against the base case: what each market loses, in volume and netback, and why. */
public record DisruptionResult(
        String scenario,
        List<String> affectedArcs,
        double baseNetbackUsd,
        double disruptedNetbackUsd,
        double lostNetbackUsd,
        double lostBcm,
        List<MarketImpact> markets,
        AllocationResult disrupted,
        List<String> explanation) {
    public DisruptionResult {
        affectedArcs = List.copyOf(affectedArcs);
        markets = List.copyOf(markets);
        explanation = List.copyOf(explanation);
    }

    public record MarketImpact(
            String market,
            String country,
            double baseBcm,
            double disruptedBcm,
            double lostBcm,
            double baseNetbackUsd,
            double disruptedNetbackUsd,
            double lostNetbackUsd,
            double shortfallBcm) {}

    public MarketImpact market(String id) {
        return markets.stream()
                .filter(m -> m.market().equals(id))
                .findFirst()
                .orElseThrow(() -> new EnergyException("no market " + id));
    }
}
