package dev.crossroads.rebuild.logistics;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.Set;

/**
 * How trucks work: loading time at the depot each morning, unloading time per stop, the hours sites accept
 * deliveries (minutes after midnight), the weekly rest days, and the solver with its time per day.
 * Illustrative defaults: 60 min loading, 45 min unloading, sites open 06:00-20:00, Friday off, trips of up to 6 days
 * (where no round trip fits a working day, a truck drives on over several days, resting overnight).
 */
public record LogisticsSettings(
        int loadingMinutes,
        int unloadingMinutes,
        int siteOpenMinute,
        int siteCloseMinute,
        Set<DayOfWeek> restDays,
        String solver,
        Duration timeLimitPerDay,
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
            Duration.ofMillis(500),
            DEFAULT_MAX_TRIP_DAYS);

    /** Settings with the default longest trip. */
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
                timeLimitPerDay,
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
        if (timeLimitPerDay.isNegative() || timeLimitPerDay.isZero()) {
            throw new IllegalArgumentException("the time limit per day must be positive");
        }
    }

    public LogisticsSettings withSolver(String name, Duration perDay) {
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
                timeLimitPerDay,
                days);
    }
}
