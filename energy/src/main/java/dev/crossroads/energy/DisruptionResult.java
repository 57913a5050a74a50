package dev.crossroads.energy;

import java.util.List;

/**
 * A disruption against the base case: what each market loses, in volume and value, and why. {@code lostBcm} is
 * the volume lost by the markets that lose gas (never negative; gas that goes to other markets instead is not
 * netted against it). {@code lostNetbackUsd} is the hub's netback over all markets, base less disrupted: a system
 * figure, not a loss of any market, and it can be negative (a market served through a costlier route is gone).
 */
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
            double shortfallBcm,
            double volumeLostBcm,
            double volumeGainedBcm,
            double valueLostUsd) {
        /**
         * {@code lostBcm} and {@code lostNetbackUsd} are the market's net changes (base less disrupted; negative for
         * a market that gains). {@code volumeLostBcm} and {@code volumeGainedBcm} split the change into a loss and a
         * gain, each at least 0; {@code valueLostUsd} is the revenue (volume bought at the market's price) the
         * market loses, at least 0.
         */
        public MarketImpact {}
    }

    public MarketImpact market(String id) {
        return markets.stream()
                .filter(m -> m.market().equals(id))
                .findFirst()
                .orElseThrow(() -> new EnergyException("no market " + id));
    }
}
