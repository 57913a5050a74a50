package dev.crossroads.rebuild.programme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Explains a solved schedule, after the solve and without the solver: for each package in the plan, what stops
 * it from starting one month earlier with every other package fixed (a predecessor, a crew limit, the budget);
 * for each package left out, why it does not fit.
 */
final class Explainer {
    private final Programme prog;
    private final List<WorkPackage> ps;
    private final Map<String, Integer> index = new HashMap<>();
    private final String[] exec;
    private final int[] start;
    private final Map<String, int[]> crew = new LinkedHashMap<>();
    private final Map<String, double[]> spend = new LinkedHashMap<>();

    Explainer(Programme prog, String[] exec, int[] start) {
        this.prog = prog;
        this.ps = prog.packages();
        this.exec = exec;
        this.start = start;
        int h = prog.horizonMonths();
        for (String e : prog.allExecutors()) {
            spend.put(e, new double[prog.years()]);
        }
        prog.crewsByType().keySet().forEach(t -> crew.put(Programme.pool(Programme.NATIONAL, t), new int[h]));
        for (int i = 0; i < ps.size(); i++) {
            index.put(ps.get(i).id(), i);
            if (exec[i] != null) {
                WorkPackage w = ps.get(i);
                int[] c = crew.computeIfAbsent(Programme.pool(exec[i], w.crewType()), k -> new int[h]);
                double[] s = spend.get(exec[i]);
                for (int m = start[i]; m < start[i] + w.durationMonths(); m++) {
                    c[m] += w.crewSize();
                    s[m / 12] += w.monthlySpendUsd();
                }
            }
        }
    }

    Map<String, int[]> crewUse() {
        return crew;
    }

    Map<String, double[]> spendByExecutor() {
        return spend;
    }

    /** {code, detail} of the constraint that stops package i from starting a month earlier. */
    String[] deciding(int i) {
        WorkPackage w = ps.get(i);
        int s = start[i];
        if (s == 0) {
            return new String[] {"programme-start", "starts in the programme's first month"};
        }
        int t = s - 1;
        String latest = null;
        int latestEnd = -1;
        for (String p : w.predecessors()) {
            int j = index.get(p);
            int end = start[j] + ps.get(j).durationMonths();
            if (end > t && end > latestEnd) {
                latest = p;
                latestEnd = end;
            }
        }
        if (latest != null) {
            return new String[] {
                "predecessor", String.format(Locale.ROOT, "waits for %s, which ends in month %d", latest, latestEnd)
            };
        }
        String crewBlock = crewBlock(i, exec[i], t, true);
        if (crewBlock != null) {
            return new String[] {"crew", crewBlock};
        }
        String budgetBlock = budgetBlock(i, exec[i], t, true);
        if (budgetBlock != null) {
            return new String[] {"budget", budgetBlock};
        }
        return new String[] {
            "none",
            "could start a month earlier without breaking a constraint (the solver stopped before proving this plan best)"
        };
    }

    /** Why package i (left out) does not fit with the plan's other packages fixed. */
    String leftOut(int i) {
        WorkPackage w = ps.get(i);
        int es = 0;
        for (String p : w.predecessors()) {
            int j = index.get(p);
            if (exec[j] == null) {
                return "its predecessor " + p + " is left out";
            }
            es = Math.max(es, start[j] + ps.get(j).durationMonths());
        }
        int h = prog.horizonMonths();
        if (w.durationMonths() > h) {
            // the phasing rule could not cut the work small enough: say how much work it is against all the crews
            double crewMonths = 0;
            for (WorkPackage x : ps) {
                if (x.region().equals(w.region()) && x.assetClass().equals(w.assetClass())) {
                    crewMonths += (double) x.durationMonths() * x.crewSize();
                }
            }
            int all = prog.capacity(Programme.pool(Programme.NATIONAL, w.crewType()));
            return String.format(
                    Locale.ROOT,
                    "too much work for the horizon: %s in %s is %,.0f crew-months of %s work; cut into %d phase(s) "
                            + "of %d crews, each phase takes %d months, beyond the %d-month horizon, and even all %d "
                            + "national %s crews would need %s months for it; add crews (--crews %s=N) or lengthen "
                            + "the horizon",
                    w.assetClass(),
                    w.region(),
                    crewMonths,
                    w.crewType(),
                    w.phases(),
                    w.crewSize(),
                    w.durationMonths(),
                    h,
                    all,
                    w.crewType(),
                    all > 0 ? String.format(Locale.ROOT, "%.0f", Math.ceil(crewMonths / all)) : "infinitely many",
                    w.crewType());
        }
        if (es + w.durationMonths() > h) {
            return String.format(
                    Locale.ROOT,
                    "cannot finish within the %d-month horizon: it needs %d months and its predecessors end in month %d",
                    h,
                    w.durationMonths(),
                    es);
        }
        String crewReason = null;
        String budgetReason = null;
        for (String e : prog.executors(w)) {
            for (int t = es; t + w.durationMonths() <= h; t++) {
                String c = crewBlock(i, e, t, false);
                if (c != null) {
                    crewReason = crewReason == null ? c : crewReason;
                    continue;
                }
                String b = budgetBlock(i, e, t, false);
                if (b != null) {
                    budgetReason = budgetReason == null ? b : budgetReason;
                    continue;
                }
                return String.format(
                        Locale.ROOT,
                        "would fit (by %s from month %d) but was not chosen: the solver stopped at its time limit "
                                + "or the package adds no weighted service",
                        e,
                        t);
            }
        }
        List<String> why = new ArrayList<>();
        if (budgetReason != null) {
            why.add("budget: " + budgetReason);
        }
        if (crewReason != null) {
            why.add("crews: " + crewReason);
        }
        return "no start from month " + es + " fits the remaining crews and budget (" + String.join("; ", why) + ")";
    }

    /**
     * With package i run by executor e from month t (others fixed), the first month whose crew pool overflows.
     * {@code moved}: package i is already counted at its own start (the one-month-earlier test).
     */
    private String crewBlock(int i, String e, int t, boolean moved) {
        WorkPackage w = ps.get(i);
        String pool = Programme.pool(e, w.crewType());
        int[] use = crew.getOrDefault(pool, new int[prog.horizonMonths()]);
        int cap = prog.capacity(pool);
        for (int m = t; m < t + w.durationMonths(); m++) {
            int others = use[m];
            if (moved && m >= start[i] && m < start[i] + w.durationMonths()) {
                others -= w.crewSize();
            }
            if (others + w.crewSize() > cap) {
                return String.format(
                        Locale.ROOT,
                        "crew limit of %s: %d of %d crews busy in month %d, it needs %d",
                        pool,
                        others,
                        cap,
                        m,
                        w.crewSize());
            }
        }
        return null;
    }

    /** Budget test in the solver's units (rates rounded up to thousands of USD), so it agrees with the model. */
    private String budgetBlock(int i, String e, int t, boolean moved) {
        WorkPackage w = ps.get(i);
        long[] s = new long[prog.years()];
        for (int j = 0; j < ps.size(); j++) {
            if (e.equals(exec[j]) && !(moved && j == i)) {
                for (int m = start[j]; m < start[j] + ps.get(j).durationMonths(); m++) {
                    s[m / 12] += rate(ps.get(j));
                }
            }
        }
        for (int m = t; m < t + w.durationMonths(); m++) {
            s[m / 12] += rate(w);
        }
        for (int y = 0; y < s.length; y++) {
            double b = prog.budgetUsd(e, y);
            if (s[y] > (long) Math.floor(b / 1000)) {
                return String.format(
                        Locale.ROOT,
                        "budget of %s in year %d (%s) would be exceeded: %s needed",
                        e,
                        prog.startYear() + y,
                        PackageBuilder.usd(b),
                        PackageBuilder.usd(s[y] * 1000.0));
            }
        }
        return null;
    }

    private static long rate(WorkPackage w) {
        return (long) Math.ceil(w.monthlySpendUsd() / 1000);
    }
}
