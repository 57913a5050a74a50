package dev.crossroads.rebuild.vrp.hgs;

/**
 * Settings of the hybrid genetic search. The defaults are the published ones (Vidal 2022, HGS-CVRP): a
 * population of {@code mu} = 25 survivors plus {@code lambda} = 40 offspring per generation, 4 elite, diversity
 * measured against the 5 closest, granular neighbourhoods of the 20 nearest customers, 20% of the local-search
 * results feasible as the penalty target.
 *
 * <p>The search is a deterministic function of the problem, the seed and the two iteration budgets: it stops
 * after {@code maxIterations} offspring in total, or (when {@code restarts} is off) after
 * {@code iterationsWithoutImprovement} offspring that did not improve the best solution; with {@code restarts}
 * on, that many offspring without improvement restart the population instead. Wall time is only an outer
 * limit: a search stopped by it depends on the machine.
 *
 * @param seed                         seed of the one random stream
 * @param iterationsWithoutImprovement offspring without a new best before a restart (or the stop)
 * @param maxIterations                total offspring budget ({@link Long#MAX_VALUE}: none)
 * @param restarts                     restart after {@code iterationsWithoutImprovement} instead of stopping
 * @param granularNeighbours           customers in each customer's granular neighbourhood
 * @param mu                           minimum size of each subpopulation (feasible, infeasible)
 * @param lambda                       offspring before survivor selection shrinks a subpopulation to mu
 * @param elite                        individuals protected by the biased fitness
 * @param close                        closest individuals in the diversity contribution
 * @param targetFeasible               share of feasible local-search results the penalty aims at
 */
public record HgsParams(
        long seed,
        int iterationsWithoutImprovement,
        long maxIterations,
        boolean restarts,
        int granularNeighbours,
        int mu,
        int lambda,
        int elite,
        int close,
        double targetFeasible) {
    public HgsParams {
        if (iterationsWithoutImprovement < 1 || maxIterations < 1) {
            throw new IllegalArgumentException("iteration budgets must be positive");
        }
        if (granularNeighbours < 1 || mu < 2 || lambda < 1 || elite < 0 || close < 1) {
            throw new IllegalArgumentException(
                    "granularNeighbours, mu, lambda, close must be positive (mu at least 2), elite not negative");
        }
        if (!(targetFeasible > 0 && targetFeasible < 1)) {
            throw new IllegalArgumentException(
                    "targetFeasible must lie strictly between 0 and 1, got " + targetFeasible);
        }
    }

    /** The published defaults with seed 1, restarting until the wall-time limit. */
    public static HgsParams defaults() {
        return new HgsParams(1, 20_000, Long.MAX_VALUE, true, 20, 25, 40, 4, 5, 0.2);
    }

    public HgsParams withSeed(long s) {
        return new HgsParams(
                s,
                iterationsWithoutImprovement,
                maxIterations,
                restarts,
                granularNeighbours,
                mu,
                lambda,
                elite,
                close,
                targetFeasible);
    }

    /** Stops after {@code total} offspring, or {@code withoutImprovement} without a new best (no restarts). */
    public HgsParams withBudget(long total, int withoutImprovement) {
        return new HgsParams(
                seed, withoutImprovement, total, false, granularNeighbours, mu, lambda, elite, close, targetFeasible);
    }

    /** Stops after {@code total} offspring, restarting after {@code iterationsWithoutImprovement}. */
    public HgsParams withTotalBudget(long total) {
        return new HgsParams(
                seed,
                iterationsWithoutImprovement,
                total,
                true,
                granularNeighbours,
                mu,
                lambda,
                elite,
                close,
                targetFeasible);
    }
}
