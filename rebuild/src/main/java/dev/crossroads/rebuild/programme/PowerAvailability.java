package dev.crossroads.rebuild.programme;

import java.util.Map;
import java.util.TreeMap;

/**
 * The power a programme can count on, per region and calendar year: plain data, so the rebuild engine needs nothing
 * from the energy engine. Pass it with {@link ProgrammeSettings#withPower(PowerAvailability)}.
 *
 * <ul>
 *   <li>{@code demandShareServed}: region -> year -> the share (0..1) of the region's electricity demand that is
 *       served. A power-dependent package (asset class {@code power_dependent}) counts its service in that region
 *       and year in this proportion.</li>
 *   <li>{@code gasFiredFuelShare}: region -> year -> the share (0..1) of new gas-fired generating capacity in the
 *       region that has fuel. A gas-fired generation package (asset class {@code gas_fired_generation}) counts its
 *       service in this proportion: a rebuilt plant without gas adds nothing.</li>
 * </ul>
 *
 * A region or year that is not given counts as 1 (fully served, fully fuelled): no input leaves a plan as it was.
 *
 * @param basis where the figures come from, shown with the plan (for example the scenario and power run)
 */
public record PowerAvailability(
        Map<String, Map<Integer, Double>> demandShareServed,
        Map<String, Map<Integer, Double>> gasFiredFuelShare,
        String basis) {
    public PowerAvailability {
        demandShareServed = copy(demandShareServed, "demandShareServed");
        gasFiredFuelShare = copy(gasFiredFuelShare, "gasFiredFuelShare");
        basis = basis == null ? "" : basis;
    }

    private static Map<String, Map<Integer, Double>> copy(Map<String, Map<Integer, Double>> m, String what) {
        Map<String, Map<Integer, Double>> out = new TreeMap<>();
        m.forEach((region, byYear) -> {
            if (region == null || region.isBlank()) {
                throw new IllegalArgumentException(what + ": a region id is blank");
            }
            Map<Integer, Double> y = new TreeMap<>();
            byYear.forEach((year, share) -> {
                if (share == null || !(share >= 0 && share <= 1)) {
                    throw new IllegalArgumentException(what + ": the share for region " + region + " in " + year
                            + " must be between 0 and 1, got " + share);
                }
                y.put(year, share);
            });
            out.put(region, java.util.Collections.unmodifiableMap(y));
        });
        return java.util.Collections.unmodifiableMap(out);
    }

    /** No power input: every share is 1. */
    public static PowerAvailability none() {
        return new PowerAvailability(Map.of(), Map.of(), "");
    }

    /** The same shares in every year from {@code fromYear} to {@code toYear} (inclusive). */
    public static PowerAvailability sameEveryYear(
            Map<String, Double> demandShareServed,
            Map<String, Double> gasFiredFuelShare,
            int fromYear,
            int toYear,
            String basis) {
        return new PowerAvailability(
                spread(demandShareServed, fromYear, toYear), spread(gasFiredFuelShare, fromYear, toYear), basis);
    }

    private static Map<String, Map<Integer, Double>> spread(Map<String, Double> m, int from, int to) {
        Map<String, Map<Integer, Double>> out = new TreeMap<>();
        m.forEach((r, v) -> {
            Map<Integer, Double> y = new TreeMap<>();
            for (int year = from; year <= to; year++) {
                y.put(year, v);
            }
            out.put(r, y);
        });
        return out;
    }

    public boolean isNone() {
        return demandShareServed.isEmpty() && gasFiredFuelShare.isEmpty();
    }

    /** The share of the region's demand served in the year; 1 when not given. */
    public double servedShare(String region, int year) {
        return demandShareServed.getOrDefault(region, Map.of()).getOrDefault(year, 1.0);
    }

    /** The share of the region's new gas-fired capacity that has fuel in the year; 1 when not given. */
    public double fuelShare(String region, int year) {
        return gasFiredFuelShare.getOrDefault(region, Map.of()).getOrDefault(year, 1.0);
    }
}
