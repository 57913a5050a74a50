package dev.crossroads.rebuild.programme;

import java.util.List;

/**
 * A unit of reconstruction work: one region's work on one asset class, or one phase of it.
 *
 * @param populationServed people whose service this package restores (the region's population times the share of
 *                         the class's damage this package repairs)
 * @param serviceWeight    the asset class's service weight (hospitals weigh more than roads)
 * @param predecessors     ids of packages that must be complete before this one starts
 * @param required         whether the package must be done within the horizon
 * @param power            how its service depends on power
 */
public record WorkPackage(
        String id,
        String region,
        String assetClass,
        String sector,
        int phase,
        int phases,
        double units,
        double costUsd,
        int durationMonths,
        String crewType,
        int crewSize,
        double populationServed,
        double serviceWeight,
        List<String> predecessors,
        boolean required,
        PowerCoupling power) {
    /** A package whose service does not depend on power. */
    public WorkPackage(
            String id,
            String region,
            String assetClass,
            String sector,
            int phase,
            int phases,
            double units,
            double costUsd,
            int durationMonths,
            String crewType,
            int crewSize,
            double populationServed,
            double serviceWeight,
            List<String> predecessors,
            boolean required) {
        this(
                id,
                region,
                assetClass,
                sector,
                phase,
                phases,
                units,
                costUsd,
                durationMonths,
                crewType,
                crewSize,
                populationServed,
                serviceWeight,
                predecessors,
                required,
                PowerCoupling.NONE);
    }

    public WorkPackage {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a work package needs an id");
        }
        if (durationMonths < 1) {
            throw new IllegalArgumentException(
                    "package " + id + ": duration must be at least one month, got " + durationMonths);
        }
        if (!(costUsd >= 0) || crewSize < 0 || !(populationServed >= 0) || !(serviceWeight >= 0)) {
            throw new IllegalArgumentException(
                    "package " + id + ": cost, crew size, population and weight must not be negative");
        }
        predecessors = List.copyOf(predecessors);
        if (power == null) {
            throw new IllegalArgumentException(
                    "package " + id + ": power coupling is required (NONE when it does not depend on power)");
        }
    }

    /** The same package, required or not. */
    public WorkPackage withRequired(boolean isRequired) {
        return new WorkPackage(
                id,
                region,
                assetClass,
                sector,
                phase,
                phases,
                units,
                costUsd,
                durationMonths,
                crewType,
                crewSize,
                populationServed,
                serviceWeight,
                predecessors,
                isRequired,
                power);
    }

    /** Population served x service weight: the service per month once done, before any power scaling. */
    public double weightedPopulation() {
        return populationServed * serviceWeight;
    }

    /** What the package spends in each month it runs. */
    public double monthlySpendUsd() {
        return costUsd / durationMonths;
    }
}
