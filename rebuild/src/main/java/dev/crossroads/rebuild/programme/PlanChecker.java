package dev.crossroads.rebuild.programme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks a plan against its programme independently of the solver: recomputes precedence, crew use per month and
 * pool, spending per year and executor from the schedule alone. An empty list means the plan is feasible.
 */
public final class PlanChecker {
    private PlanChecker() {}

    public static List<String> check(Programme prog, Plan plan) {
        List<String> v = new ArrayList<>();
        Map<String, WorkPackage> wp = prog.byId();
        Map<String, Plan.PackageOutcome> out = new HashMap<>();
        for (Plan.PackageOutcome o : plan.packages()) {
            if (!wp.containsKey(o.id())) {
                v.add("plan has an unknown package " + o.id());
            } else if (out.put(o.id(), o) != null) {
                v.add("plan lists package " + o.id() + " twice");
            }
        }
        for (WorkPackage w : prog.packages()) {
            if (!out.containsKey(w.id())) {
                v.add("plan does not mention package " + w.id());
            }
        }
        if (!v.isEmpty()) {
            return v;
        }
        int h = prog.horizonMonths();
        Map<String, int[]> crew = new HashMap<>();
        Map<String, double[]> spend = new HashMap<>();
        for (WorkPackage w : prog.packages()) {
            Plan.PackageOutcome o = out.get(w.id());
            if (!o.selected()) {
                if (w.required()) {
                    v.add("required package " + w.id() + " is not in the plan");
                }
                continue;
            }
            if (!prog.executors(w).contains(o.executor())) {
                v.add(w.id() + " is done by " + o.executor() + ", which cannot do it");
                continue;
            }
            if (o.startMonth() < 0 || o.endMonth() != o.startMonth() + w.durationMonths() || o.endMonth() > h) {
                v.add(String.format(
                        Locale.ROOT,
                        "%s runs months %d-%d: must start at 0 or later, last %d months and end by %d",
                        w.id(),
                        o.startMonth(),
                        o.endMonth(),
                        w.durationMonths(),
                        h));
                continue;
            }
            for (String p : w.predecessors()) {
                Plan.PackageOutcome po = out.get(p);
                if (!po.selected()) {
                    v.add(w.id() + " is in the plan but its predecessor " + p + " is not");
                } else if (po.startMonth() + wp.get(p).durationMonths() > o.startMonth()) {
                    v.add(String.format(
                            Locale.ROOT,
                            "%s starts in month %d before its predecessor %s ends (month %d)",
                            w.id(),
                            o.startMonth(),
                            p,
                            po.startMonth() + wp.get(p).durationMonths()));
                }
            }
            int[] c = crew.computeIfAbsent(Programme.pool(o.executor(), w.crewType()), k -> new int[h]);
            double[] s = spend.computeIfAbsent(o.executor(), k -> new double[prog.years()]);
            for (int m = o.startMonth(); m < o.endMonth(); m++) {
                c[m] += w.crewSize();
                s[m / 12] += w.monthlySpendUsd();
            }
        }
        crew.forEach((pool, use) -> {
            int cap = prog.capacity(pool);
            for (int m = 0; m < use.length; m++) {
                if (use[m] > cap) {
                    v.add(String.format(
                            Locale.ROOT, "crews %s: %d in use in month %d, capacity %d", pool, use[m], m, cap));
                }
            }
        });
        spend.forEach((ex, s) -> {
            for (int y = 0; y < s.length; y++) {
                double b = prog.budgetUsd(ex, y);
                if (s[y] > b * (1 + 1e-9) + 1) {
                    v.add(String.format(
                            Locale.ROOT,
                            "budget of %s in year %d: spends %.0f USD, budget %.0f USD",
                            ex,
                            prog.startYear() + y,
                            s[y],
                            b));
                }
            }
        });
        return v;
    }
}
