package dev.crossroads.energy;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Reported deliveries of a year replayed on the network: whether it carries them ({@link #carried}), and the
 * model's own optimum beside them, market by market and per group (Europe = the markets in European countries
 * outside Türkiye and the South Caucasus), with the reason for each difference.
 */
public record ReplayResult(
        int year,
        boolean carried,
        double replayNetbackUsd,
        double optimumNetbackUsd,
        List<MarketComparison> markets,
        List<GroupComparison> groups,
        List<AllocationResult.BindingConstraint> replayBinding,
        List<String> explanation) {
    public ReplayResult {
        markets = List.copyOf(markets);
        groups = List.copyOf(groups);
        replayBinding = List.copyOf(replayBinding);
        explanation = List.copyOf(explanation);
    }

    /** {@code reportedBcm} is empty for a market the pack reports nothing for (left free in the replay). */
    public record MarketComparison(
            String market,
            String group,
            OptionalDouble reportedBcm,
            double replayBcm,
            double optimumBcm,
            double differenceBcm,
            String reason) {}

    public record GroupComparison(
            String group,
            List<String> markets,
            double reportedBcm,
            double replayBcm,
            double optimumBcm,
            double differenceBcm) {
        public GroupComparison {
            markets = List.copyOf(markets);
        }
    }
}
