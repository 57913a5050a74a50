package dev.crossroads.energy;

import java.util.Map;
import java.util.Optional;

/**
 * The energy engine: the one entry point for allocation, replay of reported flows, route options, disruptions,
 * N-1 criticality and diversification metrics on a {@link GasNetwork}. Stateless and plain Java: it takes networks
 * and returns results that explain themselves. Each question has its own class ({@link AllocationReport},
 * {@link ReplayAnalysis}, {@link RouteFinder}, {@link Disruptions}, {@link NMinus1Analysis},
 * {@link DiversificationMetrics}); the LP is documented on {@code Allocation}.
 */
public final class EnergyEngine {
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
            return AllocationReport.report(lp, lp.solve());
        }
    }

    /** The allocation LP in MPS format (for peer solvers such as glpsol and clp). */
    public String exportMps(GasNetwork network) {
        try (Allocation lp = new Allocation(network)) {
            return lp.exportMps();
        }
    }

    /**
     * Fixes each reported market's delivery to its reported volume (markets without a report stay free) and
     * checks that the network carries it; compares with the model's optimum and explains each difference.
     */
    public ReplayResult replay(GasNetwork network, Map<String, Double> reportedBcm) {
        return ReplayAnalysis.replay(network, reportedBcm);
    }

    /** The {@code k} cheapest simple paths by total tariff from a field (source) to a market, over arcs with capacity. */
    public RouteOptions routes(GasNetwork network, String field, String market, int k) {
        return RouteFinder.routes(network, field, market, k);
    }

    /** Solves the base case, applies the disruption by changing bounds, re-solves from the base basis and compares. */
    public DisruptionResult disrupt(GasNetwork network, Disruption disruption) {
        return Disruptions.disrupt(network, disruption);
    }

    /**
     * Takes out every element (all arcs of a pipeline, swap or GasLib pipe) and every node in turn and ranks the
     * outages by netback lost (see {@link NMinus1Analysis}).
     *
     * @param top how many of the ranking to return (0 or less: all)
     * @param warmStart keep one LP and change only bounds between solves; {@code false} re-solves each from scratch
     */
    public NMinus1Result nMinus1(GasNetwork network, int top, boolean warmStart, Progress progress) {
        return nMinus1(network, top, warmStart, progress, Integer.MAX_VALUE);
    }

    /** As {@link #nMinus1(GasNetwork, int, boolean, Progress)} on the first {@code maxOutages} outages only (for benchmarks). */
    public NMinus1Result nMinus1(GasNetwork network, int top, boolean warmStart, Progress progress, int maxOutages) {
        return NMinus1Analysis.run(network, top, warmStart, progress, maxOutages, NMinus1Analysis.N1_WORKERS);
    }

    /** As above with {@code workers} threads for the warm re-solves (tests pin it). */
    NMinus1Result nMinus1(
            GasNetwork network, int top, boolean warmStart, Progress progress, int maxOutages, int workers) {
        return NMinus1Analysis.run(network, top, warmStart, progress, maxOutages, workers);
    }

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
        return DiversificationMetrics.metrics(network, disruption, homeCountry);
    }

    /**
     * The diversification of an allocation already solved on {@code network} ({@link #allocate}, or a
     * disruption's {@link DisruptionResult#disrupted()}): the same figures as {@link #metrics(GasNetwork,
     * Optional, Optional)} without solving again. {@code scenario} names the case ("base case", a disruption).
     */
    public Diversification metrics(
            GasNetwork network, AllocationResult result, String scenario, Optional<String> homeCountry) {
        return DiversificationMetrics.of(network, result, scenario, homeCountry);
    }
}
