package dev.crossroads.scenario;

import dev.crossroads.core.gas.ReportedDelivery;
import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.energy.GasNetwork;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one gas base case that the CLI, the HTTP API, jobs and the Brief compare against: the network of a year
 * with that year's reported deliveries held as minimum volumes ({@link Base#REPORTED}, the default when the pack
 * reports the year) or the model's free optimum ({@link Base#OPTIMUM}). The default year is the latest year the
 * pack reports deliveries for, else the year of the pack's as-of date, so that a disruption compares against
 * what happened.
 */
public final class GasBaseCase {
    /** What the base case holds the network to. */
    public enum Base {
        REPORTED,
        OPTIMUM;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** Parses {@code reported} or {@code optimum}; {@code what} names the option or field in the message. */
        public static Base parse(String text, String what) {
            return switch (text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "reported" -> REPORTED;
                case "optimum" -> OPTIMUM;
                default -> throw new ScenarioException(what + " is 'reported' or 'optimum', got '" + text + "'");
            };
        }
    }

    private GasBaseCase() {}

    /** The latest year the pack reports gas deliveries for, else the year of its as-of date. */
    public static int defaultYear(RegionPack pack) {
        return pack.gas().deliveries().stream()
                .mapToInt(ReportedDelivery::year)
                .max()
                .orElse(pack.meta().asOf().getYear());
    }

    /** The year's reported deliveries, summed per market (empty when the pack reports none for the year). */
    public static Map<String, Double> reported(RegionPack pack, int year) {
        Map<String, Double> reported = new LinkedHashMap<>();
        for (ReportedDelivery d : pack.gas().deliveries()) {
            if (d.year() == year) {
                reported.merge(d.market(), d.volumeBcm(), Double::sum);
            }
        }
        return reported;
    }

    /**
     * The year's deliveries as the sources report them, per market: a row's {@code reported_bcm} when it has one
     * (the published figure the pack's {@code volume_bcm} is a reading of), else its {@code volume_bcm} when the
     * row is {@code reported}. A market with a row that is neither (a derived or illustrative volume with no
     * published figure for the market) has no as-reported figure: shown as such, never filled in.
     */
    public static Map<String, java.util.OptionalDouble> asReported(RegionPack pack, int year) {
        Map<String, Double> sum = new LinkedHashMap<>();
        java.util.Set<String> missing = new java.util.HashSet<>();
        for (ReportedDelivery d : pack.gas().deliveries()) {
            if (d.year() != year) {
                continue;
            }
            if (d.asReportedBcm().isPresent()) {
                sum.merge(d.market(), d.asReportedBcm().getAsDouble(), Double::sum);
            } else if (d.provenance().confidence() == dev.crossroads.core.Confidence.REPORTED) {
                sum.merge(d.market(), d.volumeBcm(), Double::sum);
            } else {
                sum.putIfAbsent(d.market(), 0.0);
                missing.add(d.market());
            }
        }
        Map<String, java.util.OptionalDouble> out = new LinkedHashMap<>();
        sum.forEach((m, v) ->
                out.put(m, missing.contains(m) ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(v)));
        return out;
    }

    /**
     * The published total of several markets together that covers exactly {@code members} (the markets of a group
     * that have a delivery row in {@code year}), from gas/reported-groups.csv; empty when the pack has none.
     */
    public static Optional<dev.crossroads.core.gas.ReportedGroup> reportedGroup(
            RegionPack pack, int year, java.util.Collection<String> members) {
        java.util.Set<String> want = new java.util.TreeSet<>(members);
        return pack.gas().reportedGroups().stream()
                .filter(g -> g.year() == year && new java.util.TreeSet<>(g.markets()).equals(want))
                .findFirst();
    }

    /** The base that applies when none is asked for: reported when the pack reports the year. */
    public static Base defaultBase(RegionPack pack, int year) {
        return reported(pack, year).isEmpty() ? Base.OPTIMUM : Base.REPORTED;
    }

    /**
     * The network of {@code year} with the base case applied.
     *
     * @throws ScenarioException when the pack has no gas markets, or {@code reported} is asked for a year the pack
     *     does not report
     */
    public static GasNetwork network(RegionPack pack, int year, Optional<Base> base) {
        if (pack.gas().markets().isEmpty()) {
            throw new ScenarioException("the pack " + pack.meta().name() + " has no gas markets (gas/markets.csv)");
        }
        GasNetwork net = GasNetwork.fromPack(pack.meta().name(), pack.gas(), year);
        Map<String, Double> reported = reported(pack, year);
        Base b = base.orElse(reported.isEmpty() ? Base.OPTIMUM : Base.REPORTED);
        if (b == Base.OPTIMUM) {
            return net;
        }
        if (reported.isEmpty()) {
            throw new ScenarioException("the pack reports no deliveries for " + year + ": use the optimum as the base");
        }
        return net.withMinimums(reported, contractId(year));
    }

    /** Which base a network built here carries. */
    public static Base baseOf(GasNetwork net) {
        String id = contractId(net.year());
        return net.sinks().stream().anyMatch(s -> s.contracts().stream().anyMatch(c -> c.id().equals(id)))
                ? Base.REPORTED
                : Base.OPTIMUM;
    }

    private static String contractId(int year) {
        return "reported-" + year;
    }
}
