package dev.crossroads.rebuild.programme;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The planner's assumptions that a pack does not state. Every default here is ILLUSTRATIVE (chosen to make the
 * model run at the scale of a national programme, not taken from a source); the CLI can override each one and
 * prints them with the plan.
 *
 * <ul>
 *   <li>{@code horizonMonths} (default 120): the programme's length; benefit counts from a package's completion
 *       to the horizon.</li>
 *   <li>{@code budgetUsdPerYear} (default 10 bn): the national budget for each programme year; a package spends
 *       its cost evenly over the months it runs.</li>
 *   <li>{@code defaultCrewsPerType} (default 200) and {@code crewsByType}: crews available at once per crew type
 *       (the pack's asset classes name the type and how much one crew does per month).</li>
 *   <li>{@code maxCrewsPerPackage} (default 50), {@code targetPhaseMonths} (default 24), {@code maxPhases}
 *       (default 4), {@code maxPhaseCostUsd} (default 2 bn): how a region's work on one asset class is cut into
 *       phases and how many crews each phase gets.</li>
 *   <li>{@code startYear}: the calendar year of month 0 (January).</li>
 *   <li>{@code requiredClasses}: asset classes whose packages must all be done within the horizon.</li>
 *   <li>{@code partners}: partners taking part, each with the asset classes it takes, its own crews per type and
 *       its own yearly financing.</li>
 *   <li>{@code power} (default none): the share of electricity demand served per region and year, and the share of
 *       new gas-fired capacity that has fuel; scales the service of power-coupled packages.</li>
 *   <li>{@code equityMinSharePercent} (default 0: none): an explicit equity choice, the minimum share of its own
 *       service every region gets by the end of the horizon (the packages that reach it become required).</li>
 * </ul>
 */
public record ProgrammeSettings(
        int horizonMonths,
        double budgetUsdPerYear,
        int defaultCrewsPerType,
        Map<String, Integer> crewsByType,
        int maxCrewsPerPackage,
        int targetPhaseMonths,
        int maxPhases,
        double maxPhaseCostUsd,
        int startYear,
        Set<String> requiredClasses,
        List<PartnerSettings> partners,
        PowerAvailability power,
        double equityMinSharePercent) {
    public static final int DEFAULT_HORIZON_MONTHS = 120;

    public static final double DEFAULT_BUDGET_USD_PER_YEAR = 10e9;
    public static final int DEFAULT_CREWS_PER_TYPE = 200;

    public ProgrammeSettings {
        if (horizonMonths < 1 || horizonMonths > 600) {
            throw new IllegalArgumentException("horizon must be between 1 and 600 months, got " + horizonMonths);
        }
        if (!(budgetUsdPerYear >= 0) || Double.isInfinite(budgetUsdPerYear)) {
            throw new IllegalArgumentException(
                    "budget per year must be a non-negative amount of USD, got " + budgetUsdPerYear);
        }
        if (defaultCrewsPerType < 0) {
            throw new IllegalArgumentException("crews per type must not be negative");
        }
        crewsByType = Map.copyOf(new TreeMap<>(crewsByType));
        crewsByType.forEach((k, v) -> {
            if (v < 0) {
                throw new IllegalArgumentException("crews of type " + k + " must not be negative, got " + v);
            }
        });
        if (maxCrewsPerPackage < 1 || targetPhaseMonths < 1 || maxPhases < 1 || !(maxPhaseCostUsd > 0)) {
            throw new IllegalArgumentException(
                    "crews per package, phase months, phases and phase cost must be positive");
        }
        requiredClasses = Set.copyOf(requiredClasses);
        partners = List.copyOf(partners);
        if (power == null) {
            throw new IllegalArgumentException("power is required (PowerAvailability.none() for no power input)");
        }
        if (!(equityMinSharePercent >= 0 && equityMinSharePercent <= 100)) {
            throw new IllegalArgumentException(
                    "the equity floor is a percentage of each region's own service, 0 to 100; got "
                            + equityMinSharePercent);
        }
    }

    public static ProgrammeSettings defaults(int startYear) {
        return new ProgrammeSettings(
                DEFAULT_HORIZON_MONTHS,
                DEFAULT_BUDGET_USD_PER_YEAR,
                DEFAULT_CREWS_PER_TYPE,
                Map.of(),
                50,
                24,
                4,
                2e9,
                startYear,
                Set.of(),
                List.of(),
                PowerAvailability.none(),
                0);
    }

    public int crews(String type) {
        return crewsByType.getOrDefault(type, defaultCrewsPerType);
    }

    public ProgrammeSettings withHorizon(int months) {
        return with(d -> d.horizonMonths = months);
    }

    public ProgrammeSettings withBudget(double usdPerYear) {
        return with(d -> d.budgetUsdPerYear = usdPerYear);
    }

    /** The same settings with these crew types' crews changed (the other types keep theirs). */
    public ProgrammeSettings withCrews(Map<String, Integer> byType) {
        Map<String, Integer> m = new TreeMap<>(crewsByType);
        m.putAll(byType);
        return with(d -> d.crewsByType = m);
    }

    public ProgrammeSettings withRequired(Set<String> classes) {
        return with(d -> d.requiredClasses = classes);
    }

    public ProgrammeSettings withPartners(List<PartnerSettings> ps) {
        return with(d -> d.partners = ps);
    }

    /** The same settings with a power input (see {@link PowerAvailability}). */
    public ProgrammeSettings withPower(PowerAvailability p) {
        return with(d -> d.power = p);
    }

    /**
     * The same settings with an equity floor: every region gets at least {@code percent} of its own service (the
     * one definition of service, {@link Service#DEFINITION}, applied to the region's packages) by the end of the
     * horizon, where the horizon allows it; 0 for none.
     */
    public ProgrammeSettings withEquityMinShare(double percent) {
        return with(d -> d.equityMinSharePercent = percent);
    }

    /** A copy of these settings with what {@code change} sets in a draft of them, validated as new settings. */
    private ProgrammeSettings with(Consumer<Draft> change) {
        Draft d = new Draft(this);
        change.accept(d);
        return new ProgrammeSettings(
                d.horizonMonths,
                d.budgetUsdPerYear,
                defaultCrewsPerType,
                d.crewsByType,
                maxCrewsPerPackage,
                targetPhaseMonths,
                maxPhases,
                maxPhaseCostUsd,
                startYear,
                d.requiredClasses,
                d.partners,
                d.power,
                d.equityMinSharePercent);
    }

    /** The components a wither changes, copied from the settings it starts from (the others stay as they are). */
    private static final class Draft {
        int horizonMonths;
        double budgetUsdPerYear;
        Map<String, Integer> crewsByType;
        Set<String> requiredClasses;
        List<PartnerSettings> partners;
        PowerAvailability power;
        double equityMinSharePercent;

        Draft(ProgrammeSettings s) {
            horizonMonths = s.horizonMonths;
            budgetUsdPerYear = s.budgetUsdPerYear;
            crewsByType = s.crewsByType;
            requiredClasses = s.requiredClasses;
            partners = s.partners;
            power = s.power;
            equityMinSharePercent = s.equityMinSharePercent;
        }
    }

    /** A partner in the programme: the asset classes it takes, its crews per type, its yearly financing. */
    public record PartnerSettings(String id, Set<String> assetClasses, int crewsPerType, double budgetUsdPerYear) {
        public static final int DEFAULT_CREWS_PER_TYPE = 50;
        public static final double DEFAULT_BUDGET_USD_PER_YEAR = 1e9;

        public PartnerSettings {
            assetClasses = Set.copyOf(assetClasses);
            if (crewsPerType < 0 || !(budgetUsdPerYear >= 0)) {
                throw new IllegalArgumentException("partner " + id + ": crews and budget must not be negative");
            }
        }
    }
}
