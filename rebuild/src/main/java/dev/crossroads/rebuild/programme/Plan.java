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
 * @param power             how power scaled the service of power-coupled packages (service figures above are the
 *                          counted, scaled ones)
 * @param limits            per programme year, what binds: budget, crews, precedence (and phasing), power
 * @param regions           per region, its own service restored by the end of the horizon and why it gets little
 * @param equity            the equity floor asked for (none: 0) and, per region, how much of it the plan assures
 *
 * <p>Every percentage of service here (serviceByMonth, years, regions) follows {@link Service#DEFINITION};
 * serviceRestored and serviceBound are the solver's objective (weighted person-months), not percentages.
 */
public record Plan(
        String status,
        int horizonMonths,
        int startYear,
        double serviceRestored,
        double serviceBound,
        double totalCostUsd,
        int packagesSelected,
        int packagesTotal,
        int finishMonth,
        String finish,
        List<PackageOutcome> packages,
        List<Double> serviceByMonth,
        List<YearFigures> years,
        List<CrewUse> crewsByMonth,
        List<LeftOut> leftOut,
        SolveStats solve,
        List<String> assumptions,
        PowerEffect power,
        List<YearLimit> limits,
        List<RegionOutcome> regions,
        Equity equity) {
    /** A plan without an equity floor. */
    public Plan(
            String status,
            int horizonMonths,
            int startYear,
            double serviceRestored,
            double serviceBound,
            double totalCostUsd,
            int packagesSelected,
            int packagesTotal,
            int finishMonth,
            String finish,
            List<PackageOutcome> packages,
            List<Double> serviceByMonth,
            List<YearFigures> years,
            List<CrewUse> crewsByMonth,
            List<LeftOut> leftOut,
            SolveStats solve,
            List<String> assumptions,
            PowerEffect power,
            List<YearLimit> limits,
            List<RegionOutcome> regions) {
        this(
                status,
                horizonMonths,
                startYear,
                serviceRestored,
                serviceBound,
                totalCostUsd,
                packagesSelected,
                packagesTotal,
                finishMonth,
                finish,
                packages,
                serviceByMonth,
                years,
                crewsByMonth,
                leftOut,
                solve,
                assumptions,
                power,
                limits,
                regions,
                Equity.none());
    }

    /** A plan without the per-year limits and per-region outcomes (plans saved before they existed). */
    public Plan(
            String status,
            int horizonMonths,
            int startYear,
            double serviceRestored,
            double serviceBound,
            double totalCostUsd,
            int packagesSelected,
            int packagesTotal,
            int finishMonth,
            String finish,
            List<PackageOutcome> packages,
            List<Double> serviceByMonth,
            List<YearFigures> years,
            List<CrewUse> crewsByMonth,
            List<LeftOut> leftOut,
            SolveStats solve,
            List<String> assumptions,
            PowerEffect power) {
        this(
                status,
                horizonMonths,
                startYear,
                serviceRestored,
                serviceBound,
                totalCostUsd,
                packagesSelected,
                packagesTotal,
                finishMonth,
                finish,
                packages,
                serviceByMonth,
                years,
                crewsByMonth,
                leftOut,
                solve,
                assumptions,
                power,
                List.of(),
                List.of());
    }

    public Plan(
            String status,
            int horizonMonths,
            int startYear,
            double serviceRestored,
            double serviceBound,
            double totalCostUsd,
            int packagesSelected,
            int packagesTotal,
            int finishMonth,
            String finish,
            List<PackageOutcome> packages,
            List<Double> serviceByMonth,
            List<YearFigures> years,
            List<CrewUse> crewsByMonth,
            List<LeftOut> leftOut,
            SolveStats solve,
            List<String> assumptions) {
        this(
                status,
                horizonMonths,
                startYear,
                serviceRestored,
                serviceBound,
                totalCostUsd,
                packagesSelected,
                packagesTotal,
                finishMonth,
                finish,
                packages,
                serviceByMonth,
                years,
                crewsByMonth,
                leftOut,
                solve,
                assumptions,
                PowerEffect.none(serviceRestored));
    }

    public Plan {
        // plans saved before the power figures existed read back with none
        power = power == null ? PowerEffect.none(serviceRestored) : power;
        packages = List.copyOf(packages);
        serviceByMonth = List.copyOf(serviceByMonth);
        years = List.copyOf(years);
        crewsByMonth = List.copyOf(crewsByMonth);
        leftOut = List.copyOf(leftOut);
        assumptions = List.copyOf(assumptions);
        limits = limits == null ? List.of() : List.copyOf(limits);
        regions = regions == null ? List.of() : List.copyOf(regions);
        // plans saved before the equity floor was reported read back with none
        equity = equity == null ? Equity.none() : equity;
    }

    /** Service restored by the end of the horizon, in percent ({@link Service#DEFINITION}). */
    public double servicePercentAtEnd() {
        return serviceByMonth.isEmpty() ? 0 : serviceByMonth.get(serviceByMonth.size() - 1);
    }

    /**
     * One sentence over the years: how much of the budget the plan spends and what binds, year by year ("the plan
     * spends $29.00 bn of $100.00 bn (29%): money does not bind, crews in 2027-2036 bind").
     */
    public String bindingSummary() {
        return PlanExplanation.summary(limits);
    }

    /**
     * What binds in one programme year. {@code binds} holds codes among {@code budget} (an executor spends its
     * year's budget, or a package waits for money), {@code crews} (a crew pool is full, or a package waits for
     * crews), {@code precedence} (packages wait for a predecessor or an earlier phase) and {@code power} (power
     * scales service down); empty when nothing does. {@code detail} says how, with figures.
     */
    public record YearLimit(int year, double spendUsd, double budgetUsd, List<String> binds, String detail) {
        public YearLimit {
            binds = List.copyOf(binds);
        }
    }

    /**
     * One region: its population, its own service restored by the end of the horizon (the one definition over the
     * region's packages), its packages and their cost done and in all, the service its packages give per million
     * USD (weighted population per USD m), and, when it gets less than the nation, why.
     */
    public record RegionOutcome(
            String region,
            double population,
            double servicePercent,
            int packagesDone,
            int packagesTotal,
            double costDoneUsd,
            double costTotalUsd,
            double servicePerMillionUsd,
            String why) {}

    /**
     * The equity floor (an explicit choice): every region should get at least {@code minSharePercent} of its own
     * service (the one definition, over the region's packages, without power scaling) by the end of the horizon.
     * The floor is capped per region at what a schedule shows reachable with the crews, budgets and horizon, so a
     * floor never makes a plan infeasible; {@code regions} says per region what was asked, what the plan assures and
     * why not more. Empty regions and 0 when no floor was asked.
     *
     * @param method how the reachable share is found, in words
     */
    public record Equity(double minSharePercent, String method, List<RegionFloor> regions) {
        public Equity {
            method = method == null ? "" : method;
            regions = regions == null ? List.of() : List.copyOf(regions);
        }

        public static Equity none() {
            return new Equity(0, "", List.of());
        }

        /** Whether every region got the floor asked for. */
        public boolean allMet() {
            return regions.stream().allMatch(RegionFloor::met);
        }
    }

    /**
     * One region under the equity floor.
     *
     * @param askedPercent      the floor asked for
     * @param assuredPercent    the share of the region's own service its required packages give (the plan does at
     *                          least these; power scaling may count some of it lower in the region table)
     * @param upperBoundPercent the most the region could reach even with every crew and dollar to itself (an LP
     *                          bound: crew-months per crew type and money over the horizon, packages that can finish)
     * @param met               whether the assured share reaches the floor
     * @param packagesRequired  the region's packages the floor (or the required classes) make required
     * @param why               when not met, why not, in words a reader can act on; empty when met
     */
    public record RegionFloor(
            String region,
            double askedPercent,
            double assuredPercent,
            double upperBoundPercent,
            boolean met,
            int packagesRequired,
            String why) {
        public RegionFloor {
            why = why == null ? "" : why;
        }
    }

    /**
     * What happened to one package. decidingConstraint: {@code programme-start} (starts in month 0),
     * {@code predecessor}, {@code crew}, {@code budget} (what stops it from starting one month earlier), {@code none}
     * (nothing: it could start earlier), or {@code left-out}; decidingDetail says which.
     */
    public record PackageOutcome(
            String id,
            String region,
            String assetClass,
            String sector,
            boolean selected,
            String executor,
            int startMonth,
            int endMonth,
            String start,
            String finish,
            double costUsd,
            int durationMonths,
            String crewType,
            int crewSize,
            double populationServed,
            String decidingConstraint,
            String decidingDetail) {}

    /** One programme year (calendar year label). */
    public record YearFigures(
            int year,
            double servicePercentAtYearEnd,
            double spendUsd,
            double budgetUsd,
            Map<String, Double> spendUsdByExecutor,
            Map<String, Double> budgetUsdByExecutor) {}

    /** Crews of one pool (executor:crew type) in use per month. */
    public record CrewUse(String pool, int capacity, List<Integer> usedByMonth) {}

    public record LeftOut(String id, String reason) {}

    /**
     * How the solve went: seconds to the first feasible plan and to a plan within 1% of the final objective.
     *
     * @param gapPercent        (best bound - service) / service, against the tighter of CP-SAT's bound and the LP bound
     * @param stoppedBy         {@code proved} (optimal), {@code work-limit} (deterministic: reproducible) or
     *                          {@code time-limit} (the wall clock: not reproducible)
     * @param reproducible      whether the same pack, settings and seed give this plan again on any machine
     * @param workLimit         the deterministic work limit (CP-SAT deterministic seconds; 0 = none)
     * @param workDone          the deterministic work the search did
     * @param lpBound           the time-indexed LP relaxation's bound on service (knows budgets, crews, precedence)
     * @param lpBoundGapPercent gap of the plan to the LP bound
     * @param cpSatGapPercent   gap of the plan to CP-SAT's own bound
     * @param warmStart         what became of a given plan to start from (empty when none was given)
     */
    public record SolveStats(
            String status,
            double seconds,
            double timeLimitSeconds,
            double firstFeasibleSeconds,
            double within1PercentSeconds,
            double gapPercent,
            int improvements,
            String stoppedBy,
            boolean reproducible,
            int seed,
            int workers,
            double workLimit,
            double workDone,
            double lpBound,
            double lpBoundGapPercent,
            double lpSeconds,
            double cpSatGapPercent,
            String warmStart) {
        public SolveStats {
            stoppedBy = stoppedBy == null ? "" : stoppedBy;
            warmStart = warmStart == null ? "" : warmStart;
        }

        public SolveStats(
                String status,
                double seconds,
                double timeLimitSeconds,
                double firstFeasibleSeconds,
                double within1PercentSeconds,
                double gapPercent,
                int improvements) {
            this(
                    status,
                    seconds,
                    timeLimitSeconds,
                    firstFeasibleSeconds,
                    within1PercentSeconds,
                    gapPercent,
                    improvements,
                    "",
                    false,
                    0,
                    0,
                    0,
                    0,
                    0,
                    0,
                    0,
                    gapPercent,
                    "");
        }
    }

    /**
     * What power did to the plan's service.
     *
     * @param applied                 whether a power input was given
     * @param serviceRestoredUnscaled the plan's service if every package counted in full
     * @param years                   per programme year, the service restored at year end unscaled and as counted
     * @param packages                power-coupled packages whose counted share is below 1 in some year
     */
    public record PowerEffect(
            boolean applied,
            String basis,
            double serviceRestoredUnscaled,
            List<PowerYear> years,
            List<PackagePower> packages) {
        public PowerEffect {
            basis = basis == null ? "" : basis;
            years = years == null ? List.of() : List.copyOf(years);
            packages = packages == null ? List.of() : List.copyOf(packages);
        }

        static PowerEffect none(double service) {
            return new PowerEffect(false, "", service, List.of(), List.of());
        }

        /** Counted service as a percentage of the unscaled one (100 when nothing was scaled). */
        public double countedPercent(double serviceRestored) {
            return serviceRestoredUnscaled > 0 ? 100 * serviceRestored / serviceRestoredUnscaled : 100;
        }
    }

    /** One year: service restored at its end (percent of all packages' weighted service), unscaled and as counted. */
    public record PowerYear(int year, double servicePercentUnscaled, double servicePercentCounted) {}

    /**
     * A power-coupled package: the share of its service that counts in each programme year ({@code grid}: its
     * region's demand served; {@code gas-fuel}: the share of gas-fired capacity with fuel), and its service
     * restored in the plan unscaled and as counted (0 when left out).
     */
    public record PackagePower(
            String id,
            String region,
            String coupling,
            List<Double> shareByYear,
            boolean selected,
            double serviceUnscaled,
            double serviceCounted) {
        public PackagePower {
            shareByYear = List.copyOf(shareByYear);
        }
    }
}
