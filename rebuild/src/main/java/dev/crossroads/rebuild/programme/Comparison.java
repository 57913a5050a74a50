package dev.crossroads.rebuild.programme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Two plans side by side: service restored by year, cost, packages done, and finish dates overall and per asset
 * class. Deltas are B minus A.
 *
 * @param warnings why the two plans may not be comparable (their gaps to their bounds too far apart, a difference
 *                 in service smaller than the gaps, a run the wall clock stopped); empty when none
 */
public record Comparison(
        String runA,
        String runB,
        List<YearRow> years,
        Totals a,
        Totals b,
        List<ClassFinish> finishByClass,
        List<String> warnings) {
    /** Gaps to bound further apart than this (percentage points) make two runs hard to compare. */
    public static final double GAP_SPREAD_POINTS = 5.0;

    public Comparison {
        years = List.copyOf(years);
        finishByClass = List.copyOf(finishByClass);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public record YearRow(
            int year, double servicePercentA, double servicePercentB, double spendUsdA, double spendUsdB) {}

    public record Totals(
            double serviceRestored,
            double totalCostUsd,
            int packagesSelected,
            int packagesTotal,
            int finishMonth,
            String finish,
            String status) {}

    /** The month (yyyy-mm) the last package of an asset class ends in each plan; empty when none is done. */
    public record ClassFinish(String assetClass, String finishA, String finishB, int doneA, int doneB) {}

    public static Comparison of(String nameA, Plan a, String nameB, Plan b) {
        List<YearRow> years = new ArrayList<>();
        Map<Integer, Plan.YearFigures> ya = new LinkedHashMap<>();
        a.years().forEach(y -> ya.put(y.year(), y));
        Map<Integer, Plan.YearFigures> yb = new LinkedHashMap<>();
        b.years().forEach(y -> yb.put(y.year(), y));
        TreeSet<Integer> all = new TreeSet<>(ya.keySet());
        all.addAll(yb.keySet());
        for (int y : all) {
            Plan.YearFigures fa = ya.get(y);
            Plan.YearFigures fb = yb.get(y);
            years.add(new YearRow(
                    y,
                    fa == null ? last(a) : fa.servicePercentAtYearEnd(),
                    fb == null ? last(b) : fb.servicePercentAtYearEnd(),
                    fa == null ? 0 : total(fa),
                    fb == null ? 0 : total(fb)));
        }
        TreeSet<String> classes = new TreeSet<>();
        a.packages().forEach(p -> classes.add(p.assetClass()));
        b.packages().forEach(p -> classes.add(p.assetClass()));
        List<ClassFinish> cf = new ArrayList<>();
        for (String c : classes) {
            cf.add(new ClassFinish(c, finish(a, c), finish(b, c), done(a, c), done(b, c)));
        }
        return new Comparison(nameA, nameB, years, totals(a), totals(b), cf, warnings(nameA, a, nameB, b));
    }

    static List<String> warnings(String nameA, Plan a, String nameB, Plan b) {
        List<String> w = new ArrayList<>();
        double ga = a.solve().gapPercent();
        double gb = b.solve().gapPercent();
        if (Math.abs(ga - gb) > GAP_SPREAD_POINTS) {
            w.add(String.format(
                    java.util.Locale.ROOT,
                    "the gaps to bound differ by %.1f points (%s %.1f%%, %s %.1f%%): the runs were "
                            + "not solved to comparable quality; rerun the weaker one with a larger --work-limit, or warm-start B from A "
                            + "(rebuild plan --warm-start %s)",
                    Math.abs(ga - gb),
                    nameA,
                    ga,
                    nameB,
                    gb,
                    nameA));
        }
        double diff =
                a.serviceRestored() > 0 ? 100 * (b.serviceRestored() - a.serviceRestored()) / a.serviceRestored() : 0;
        if (Math.abs(diff) < Math.max(ga, gb) && Math.max(ga, gb) > 0) {
            w.add(String.format(
                    java.util.Locale.ROOT,
                    "B - A in service restored is %+.1f%%, within the larger gap to bound (%.1f%%): "
                            + "the difference may be the solver's rather than the options'",
                    diff,
                    Math.max(ga, gb)));
        }
        if (a.solve().stoppedBy().equals("time-limit")) {
            w.add("run " + nameA + " was stopped by the wall clock, not by its work limit: it is not reproducible");
        }
        if (b.solve().stoppedBy().equals("time-limit")) {
            w.add("run " + nameB + " was stopped by the wall clock, not by its work limit: it is not reproducible");
        }
        return w;
    }

    private static double last(Plan p) {
        return p.serviceByMonth().isEmpty()
                ? 0
                : p.serviceByMonth().get(p.serviceByMonth().size() - 1);
    }

    private static double total(Plan.YearFigures y) {
        return y.spendUsdByExecutor().values().stream()
                .mapToDouble(Double::doubleValue)
                .sum();
    }

    private static Totals totals(Plan p) {
        return new Totals(
                p.serviceRestored(),
                p.totalCostUsd(),
                p.packagesSelected(),
                p.packagesTotal(),
                p.finishMonth(),
                p.finish(),
                p.status());
    }

    private static String finish(Plan p, String assetClass) {
        return p.packages().stream()
                .filter(o -> o.selected() && o.assetClass().equals(assetClass))
                .map(Plan.PackageOutcome::finish)
                .max(String::compareTo)
                .orElse("");
    }

    private static int done(Plan p, String assetClass) {
        return (int) p.packages().stream()
                .filter(o -> o.selected() && o.assetClass().equals(assetClass))
                .count();
    }
}
