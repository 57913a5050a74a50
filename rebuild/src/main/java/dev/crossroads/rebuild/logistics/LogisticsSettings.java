package dev.crossroads.rebuild.logistics;

import dev.crossroads.rebuild.vrp.VrpBudget;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.Set;

/**
 * How trucks work: loading time at the depot each morning, unloading time per stop, the hours sites accept
 * deliveries (minutes after midnight), the weekly rest days, and the solver with its budget per routing problem (one
 * per trip round of a working day).
 * Illustrative defaults: 60 min loading, 45 min unloading, sites open 06:00-20:00, Friday off, trips of up to 6 days
 * (where no round trip fits a working day, a truck drives on over several days, resting overnight).
 *
 * <p>The budget per day is a {@link VrpBudget}: a wall-time limit, and optionally an iteration budget in the solver's
 * own unit. With iterations the month's plan is the same on every run whatever the machine's load (the wall limit is
 * then only an outer limit for users); with the wall limit alone (the default) each solve runs until it.
 */
public record LogisticsSettings(
        int loadingMinutes,
        int unloadingMinutes,
        int siteOpenMinute,
        int siteCloseMinute,
        Set<DayOfWeek> restDays,
        String solver,
        VrpBudget budgetPerDay,
        int maxTripDays) {
    /** Illustrative: a trip may last up to a working week (a truck rests overnight where it is). */
    public static final int DEFAULT_MAX_TRIP_DAYS = 6;

    public static final LogisticsSettings DEFAULT = new LogisticsSettings(
            60,
            45,
            6 * 60,
            20 * 60,
            Set.of(DayOfWeek.FRIDAY),
            "portfolio",
            VrpBudget.wall(Duration.ofMillis(500)),
            DEFAULT_MAX_TRIP_DAYS);

    /** Settings with the default longest trip and the wall limit alone. */
    public LogisticsSettings(
            int loadingMinutes,
            int unloadingMinutes,
            int siteOpenMinute,
            int siteCloseMinute,
            Set<DayOfWeek> restDays,
            String solver,
            Duration timeLimitPerDay) {
        this(
                loadingMinutes,
                unloadingMinutes,
                siteOpenMinute,
                siteCloseMinute,
                restDays,
                solver,
                wall(timeLimitPerDay),
                DEFAULT_MAX_TRIP_DAYS);
    }

    public LogisticsSettings {
        restDays = Set.copyOf(restDays);
        if (loadingMinutes < 0
                || unloadingMinutes < 0
                || siteOpenMinute < 0
                || siteCloseMinute <= siteOpenMinute
                || siteCloseMinute > 24 * 60) {
            throw new IllegalArgumentException(
                    "loading and unloading times must be non-negative and site hours a window within one day");
        }
        if (restDays.size() >= 7) {
            throw new IllegalArgumentException("at least one working day a week is needed");
        }
        if (maxTripDays < 1 || maxTripDays > 31) {
            throw new IllegalArgumentException("a trip lasts 1 to 31 days, got " + maxTripDays);
        }
        if (budgetPerDay == null) {
            throw new IllegalArgumentException("the solver budget per day must be given");
        }
    }

    private static VrpBudget wall(Duration perDay) {
        if (perDay == null || perDay.isNegative() || perDay.isZero()) {
            throw new IllegalArgumentException("the time limit per day must be positive");
        }
        return VrpBudget.wall(perDay);
    }

    /** The wall-time limit of each routing problem (with an iteration budget, only an outer limit). */
    public Duration timeLimitPerDay() {
        return budgetPerDay.wallLimit();
    }

    /** The same settings with another solver and the wall limit alone per day. */
    public LogisticsSettings withSolver(String name, Duration perDay) {
        return withSolver(name, wall(perDay));
    }

    /** The same settings with another solver and budget per routing problem. */
    public LogisticsSettings withSolver(String name, VrpBudget perDay) {
        return new LogisticsSettings(
                loadingMinutes, unloadingMinutes, siteOpenMinute, siteCloseMinute, restDays, name, perDay, maxTripDays);
    }

    /** The same settings with trips of at most {@code days} days (1: every truck is home each night). */
    public LogisticsSettings withMaxTripDays(int days) {
        return new LogisticsSettings(
                loadingMinutes,
                unloadingMinutes,
                siteOpenMinute,
                siteCloseMinute,
                restDays,
                solver,
                budgetPerDay,
                days);
    }
}
