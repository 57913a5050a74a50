package dev.crossroads.rebuild.programme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What binds a solved plan, per year, and why a region gets little: read from the plan and the explained packages
 * after the solve, without the solver.
 */
final class PlanExplanation {
    /** A pool binds in a year when its peak use reaches this share of its capacity. */
    static final double FULL = 0.95;
    /** An executor's budget binds in a year when it spends this share of it. */
    static final double SPENT = 0.97;

    private PlanExplanation() {}

    static List<Plan.YearLimit> limits(
            Programme prog,
            List<Plan.PackageOutcome> outcomes,
            List<Plan.LeftOut> leftOut,
            List<Plan.YearFigures> years,
            List<Plan.CrewUse> crews,
            Plan.PowerEffect power) {
        List<Plan.YearLimit> out = new ArrayList<>();
        for (int y = 0; y < years.size(); y++) {
            Plan.YearFigures f = years.get(y);
            int from = 12 * y;
            int to = Math.min(prog.horizonMonths(), from + 12);
            List<String> binds = new ArrayList<>();
            List<String> detail = new ArrayList<>();
            // budget
            List<String> spent = new ArrayList<>();
            for (String e : f.budgetUsdByExecutor().keySet()) {
                double b = f.budgetUsdByExecutor().get(e);
                double s = f.spendUsdByExecutor().getOrDefault(e, 0.0);
                if (b > 0 && s >= SPENT * b) {
                    spent.add(e);
                }
            }
            int waitMoney = count(outcomes, from, to, "budget");
            String yearText = Integer.toString(prog.startYear() + y);
            boolean moneyLeftOut = leftOut.stream()
                    .anyMatch(
                            l -> l.reason().contains("budget of") && l.reason().contains("year " + yearText));
            if (!spent.isEmpty() || waitMoney > 0 || moneyLeftOut) {
                binds.add("budget");
            }
            detail.add(String.format(
                    Locale.ROOT,
                    "spends %s of %s (%.0f%%)%s",
                    PackageBuilder.usd(f.spendUsd()),
                    PackageBuilder.usd(f.budgetUsd()),
                    f.budgetUsd() > 0 ? 100 * f.spendUsd() / f.budgetUsd() : 0,
                    waitMoney > 0 ? ", " + waitMoney + " package(s) wait for money" : ""));
            // crews
            List<String> full = new ArrayList<>();
            for (Plan.CrewUse u : crews) {
                int peak = 0;
                for (int m = from; m < Math.min(to, u.usedByMonth().size()); m++) {
                    peak = Math.max(peak, u.usedByMonth().get(m));
                }
                boolean decided = outcomes.stream()
                        .anyMatch(o -> o.selected()
                                && o.startMonth() >= from
                                && o.startMonth() < to
                                && o.decidingConstraint().equals("crew")
                                && o.decidingDetail().contains(u.pool() + ":"));
                if (u.capacity() > 0 && (peak >= FULL * u.capacity() || decided)) {
                    full.add(String.format(Locale.ROOT, "%s %d of %d", u.pool(), peak, u.capacity()));
                }
            }
            if (!full.isEmpty()) {
                binds.add("crews");
                detail.add("crews full: " + String.join(", ", full));
            }
            int waitPred = count(outcomes, from, to, "predecessor");
            if (waitPred > 0) {
                binds.add("precedence");
                detail.add(waitPred + " package(s) start when a predecessor ends");
            }
            if (power.applied() && y < power.years().size()) {
                Plan.PowerYear p = power.years().get(y);
                if (p.servicePercentUnscaled() - p.servicePercentCounted() >= 0.05) {
                    binds.add("power");
                    detail.add(String.format(
                            Locale.ROOT,
                            "power counts %.1f%% of service against %.1f%% with full power",
                            p.servicePercentCounted(),
                            p.servicePercentUnscaled()));
                }
            }
            out.add(new Plan.YearLimit(f.year(), f.spendUsd(), f.budgetUsd(), binds, String.join("; ", detail)));
        }
        return out;
    }

    private static int count(List<Plan.PackageOutcome> outcomes, int from, int to, String constraint) {
        return (int) outcomes.stream()
                .filter(o -> o.selected()
                        && o.startMonth() >= from
                        && o.startMonth() < to
                        && o.decidingConstraint().equals(constraint))
                .count();
    }

    /** One sentence over the years: how much of the budget is spent and what binds instead when money does not. */
    static String summary(List<Plan.YearLimit> limits) {
        double spend = limits.stream().mapToDouble(Plan.YearLimit::spendUsd).sum();
        double budget = limits.stream().mapToDouble(Plan.YearLimit::budgetUsd).sum();
        Map<String, List<Integer>> years = new LinkedHashMap<>();
        for (String code : List.of("crews", "budget", "precedence", "power")) {
            years.put(code, new ArrayList<>());
        }
        for (Plan.YearLimit l : limits) {
            l.binds().forEach(b -> years.get(b).add(l.year()));
        }
        List<String> parts = new ArrayList<>();
        if (years.get("budget").isEmpty() && budget > 0) {
            parts.add("money does not bind");
        }
        years.forEach((code, ys) -> {
            if (!ys.isEmpty()) {
                parts.add(code + (code.equals("crews") ? " bind" : " binds") + " in " + span(ys));
            }
        });
        return String.format(
                Locale.ROOT,
                "the plan spends %s of %s (%.0f%%): %s",
                PackageBuilder.usd(spend),
                PackageBuilder.usd(budget),
                budget > 0 ? 100 * spend / budget : 0,
                parts.isEmpty() ? "nothing binds" : String.join("; ", parts));
    }

    private static String span(List<Integer> ys) {
        List<String> runs = new ArrayList<>();
        int a = ys.get(0);
        int b = a;
        for (int i = 1; i <= ys.size(); i++) {
            if (i < ys.size() && ys.get(i) == b + 1) {
                b = ys.get(i);
                continue;
            }
            runs.add(a == b ? Integer.toString(a) : a + "-" + b);
            if (i < ys.size()) {
                a = ys.get(i);
                b = a;
            }
        }
        return String.join(", ", runs);
    }

    static List<Plan.RegionOutcome> regions(
            Programme prog, List<Plan.PackageOutcome> outcomes, List<Plan.LeftOut> leftOut, double nationalPercent) {
        Map<String, WorkPackage> byId = new HashMap<>();
        prog.packages().forEach(w -> byId.put(w.id(), w));
        Map<String, String> reasons = new HashMap<>();
        leftOut.forEach(l -> reasons.put(l.id(), l.reason()));
        double nationalCost =
                prog.packages().stream().mapToDouble(WorkPackage::costUsd).sum();
        double nationalWeight = prog.packages().stream()
                .mapToDouble(WorkPackage::weightedPopulation)
                .sum();
        double nationalPerM = nationalCost > 0 ? nationalWeight / (nationalCost / 1e6) : 0;
        int lastYear = prog.years() - 1;
        Map<String, List<Plan.PackageOutcome>> byRegion = new TreeMap<>();
        outcomes.forEach(o ->
                byRegion.computeIfAbsent(o.region(), k -> new ArrayList<>()).add(o));
        List<Plan.RegionOutcome> out = new ArrayList<>();
        for (Map.Entry<String, List<Plan.PackageOutcome>> e : byRegion.entrySet()) {
            double total = 0;
            double done = 0;
            double cost = 0;
            double costDone = 0;
            int n = 0;
            double population = 0;
            Map<String, Double> why = new TreeMap<>();
            for (Plan.PackageOutcome o : e.getValue()) {
                WorkPackage w = byId.get(o.id());
                if (w == null) {
                    continue;
                }
                total += w.weightedPopulation();
                cost += w.costUsd();
                population = Math.max(population, w.populationServed() * w.phases());
                if (o.selected() && o.endMonth() <= prog.horizonMonths()) {
                    done += w.weightedPopulation() * prog.serviceFactor(w, lastYear);
                    costDone += w.costUsd();
                    n++;
                } else {
                    why.merge(category(root(o.id(), reasons)), w.weightedPopulation(), Double::sum);
                }
            }
            double pct = total > 0 ? 100 * done / total : 0;
            double perM = cost > 0 ? total / (cost / 1e6) : 0;
            String because = "";
            if (pct < nationalPercent - 0.05) {
                List<Map.Entry<String, Double>> top = new ArrayList<>(why.entrySet());
                top.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
                List<String> words = new ArrayList<>();
                for (int k = 0; k < Math.min(2, top.size()); k++) {
                    words.add(top.get(k).getKey());
                }
                if (perM < 0.5 * nationalPerM) {
                    words.add(String.format(
                            Locale.ROOT,
                            "low service per dollar (%.0f weighted people per USD m, national %.0f)",
                            perM,
                            nationalPerM));
                }
                because = String.join("; ", words);
            }
            out.add(new Plan.RegionOutcome(
                    e.getKey(), population, round(pct), n, e.getValue().size(), costDone, cost, round(perM), because));
        }
        return out;
    }

    /**
     * Why a package is left out at the root: a package left out because its predecessor is counts under the
     * reason its first left-out ancestor has (crews, budget, the horizon), not as "precedence".
     */
    static String root(String id, Map<String, String> reasons) {
        String reason = reasons.getOrDefault(id, "");
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (reason.startsWith("its predecessor ") && reason.endsWith(" is left out") && seen.add(reason)) {
            String p = reason.substring("its predecessor ".length(), reason.length() - " is left out".length());
            if (!reasons.containsKey(p)) {
                break;
            }
            reason = reasons.get(p);
        }
        return reason;
    }

    /** The kind of reason a package is left out, in words a reader can act on. */
    static String category(String reason) {
        if (reason.startsWith("too much work for the horizon")) {
            return "phasing: work too large for the horizon with the crews";
        }
        if (reason.startsWith("cannot finish within")) {
            return "precedence: predecessors end too late to finish within the horizon";
        }
        if (reason.startsWith("its predecessor")) {
            return "precedence: a predecessor is left out";
        }
        if (reason.startsWith("would fit")) {
            return "not chosen: other packages restore more service per crew and dollar";
        }
        boolean crews = reason.contains("crews:");
        boolean budget = reason.contains("budget:");
        if (crews && !budget) {
            return "crews: the crew pools are full";
        }
        if (budget && !crews) {
            return "budget: the yearly budget is spent";
        }
        if (crews) {
            return "crews and budget";
        }
        return reason.isEmpty() ? "left out" : reason;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    static TreeSet<String> codes() {
        return new TreeSet<>(List.of("budget", "crews", "precedence", "power"));
    }
}
