package dev.crossroads.rebuild.programme;

import java.util.List;
import java.util.Map;

/**
 * A scheduled programme and its explanation.
 *
 * @param serviceRestored   population-weighted service restored over the horizon: the sum over done packages of
 *                          population served x service weight x months from completion to the horizon
 * @param serviceBound      the solver's upper bound on that value (same units; equal when proven optimal)
 * @param serviceByMonth    per month 0..horizon, the share (percent) of all packages' weighted service restored
 * @param years             per programme year: service at year end, spending and budget per executor
 * @param crewsByMonth      per crew pool, crews in use per month
 * @param leftOut           packages not in the plan, each with why
 */
public record Plan(String status, int horizonMonths, int startYear, double serviceRestored, double serviceBound,
                   double totalCostUsd, int packagesSelected, int packagesTotal, int finishMonth, String finish,
                   List<PackageOutcome> packages, List<Double> serviceByMonth, List<YearFigures> years,
                   List<CrewUse> crewsByMonth, List<LeftOut> leftOut, SolveStats solve, List<String> assumptions) {
    public Plan {
        packages = List.copyOf(packages);
        serviceByMonth = List.copyOf(serviceByMonth);
        years = List.copyOf(years);
        crewsByMonth = List.copyOf(crewsByMonth);
        leftOut = List.copyOf(leftOut);
        assumptions = List.copyOf(assumptions);
    }

    /**
     * What happened to one package. decidingConstraint: {@code programme-start} (starts in month 0),
     * {@code predecessor}, {@code crew}, {@code budget} (what stops it from starting one month earlier), {@code none}
     * (nothing: it could start earlier), or {@code left-out}; decidingDetail says which.
     */
    public record PackageOutcome(String id, String region, String assetClass, String sector, boolean selected, String executor,
                                 int startMonth, int endMonth, String start, String finish, double costUsd, int durationMonths,
                                 String crewType, int crewSize, double populationServed, String decidingConstraint,
                                 String decidingDetail) {
    }

    /** One programme year (calendar year label). */
    public record YearFigures(int year, double servicePercentAtYearEnd, double spendUsd, double budgetUsd,
                              Map<String, Double> spendUsdByExecutor, Map<String, Double> budgetUsdByExecutor) {
    }

    /** Crews of one pool (executor:crew type) in use per month. */
    public record CrewUse(String pool, int capacity, List<Integer> usedByMonth) {
    }

    public record LeftOut(String id, String reason) {
    }

    /**
     * How the solve went: seconds to the first feasible plan and to a plan within 1% of the final objective.
     */
    public record SolveStats(String status, double seconds, double timeLimitSeconds, double firstFeasibleSeconds,
                             double within1PercentSeconds, double gapPercent, int improvements) {
    }
}
