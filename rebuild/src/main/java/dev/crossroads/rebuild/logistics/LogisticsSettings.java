package dev.crossroads.rebuild.logistics;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.Set;

/**
 * How trucks work: loading time at the depot each morning, unloading time per stop, the hours sites accept
 * deliveries (minutes after midnight), the weekly rest days, and the solver with its time per day.
 * Illustrative defaults: 60 min loading, 45 min unloading, sites open 06:00-20:00, Friday off.
 */
public record LogisticsSettings(
        int loadingMinutes,
        int unloadingMinutes,
        int siteOpenMinute,
        int siteCloseMinute,
        Set<DayOfWeek> restDays,
        String solver,
        Duration timeLimitPerDay) {
    public static final LogisticsSettings DEFAULT = new LogisticsSettings(
            60, 45, 6 * 60, 20 * 60, Set.of(DayOfWeek.FRIDAY), "portfolio", Duration.ofMillis(500));

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
        if (timeLimitPerDay.isNegative() || timeLimitPerDay.isZero()) {
            throw new IllegalArgumentException("the time limit per day must be positive");
        }
    }

    public LogisticsSettings withSolver(String name, Duration perDay) {
        return new LogisticsSettings(
                loadingMinutes, unloadingMinutes, siteOpenMinute, siteCloseMinute, restDays, name, perDay);
    }
}
