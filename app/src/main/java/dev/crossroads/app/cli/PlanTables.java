package dev.crossroads.app.cli;

import dev.crossroads.rebuild.programme.Plan;
import dev.crossroads.rebuild.programme.Programme;
import dev.crossroads.rebuild.programme.Service;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The programme as tables for people: the headline, the schedule, years, crews, power, what was left out. */
final class PlanTables {
    private PlanTables() {}

    static void print(PrintWriter out, Programme prog, Plan plan) {
        print(out, prog, plan, Map.of());
    }

    /**
     * The plan for people. Every service percentage printed is {@link Service#DEFINITION}; the solver's objective
     * (service summed month by month) is printed as a number with its unit.
     */
    static void print(PrintWriter out, Programme prog, Plan plan, Map<String, String> regionNames) {
        out.printf(
                Locale.ROOT,
                "Reconstruction programme, %d months from %d-01: %d of %d packages, cost %s USD, last package ends %s%n",
                plan.horizonMonths(),
                plan.startYear(),
                plan.packagesSelected(),
                plan.packagesTotal(),
                RebuildCommand.usd(plan.totalCostUsd()),
                plan.finish().isEmpty() ? "-" : plan.finish());
        out.printf(Locale.ROOT, "Service restored by %s: %s%n", endMonth(plan), percent(plan.servicePercentAtEnd()));
        out.println("  (" + Service.DEFINITION + ")");
        if (!plan.limits().isEmpty()) {
            out.println("What binds: " + plan.bindingSummary());
        }
        if (plan.equity().minSharePercent() > 0) {
            out.println(equityHeadline(plan) + " (table below)");
        }
        out.printf(
                Locale.ROOT,
                "Solver: %s; objective %.4g weighted person-months (service summed month by month to the horizon: "
                        + "earlier is better), gap to bound %.2f%%, %.1f s (first plan %.2f s, within 1%% of final %.2f s)%n",
                plan.solve().status(),
                plan.serviceRestored(),
                plan.solve().gapPercent(),
                plan.solve().seconds(),
                plan.solve().firstFeasibleSeconds(),
                plan.solve().within1PercentSeconds());
        Plan.SolveStats st = plan.solve();
        out.printf(
                Locale.ROOT,
                "Stopped by: %s (%s); seed %d, %d workers, work %.3f of %s, wall limit %.0f s%n",
                st.stoppedBy(),
                st.reproducible()
                        ? "reproducible: the same pack, options and seed give this plan again"
                        : "NOT reproducible: raise --time-limit or lower --work-limit",
                st.seed(),
                st.workers(),
                st.workDone(),
                st.workLimit() > 0 ? String.format(Locale.ROOT, "%.3f", st.workLimit()) : "none",
                st.timeLimitSeconds());
        out.printf(
                Locale.ROOT,
                "Bound: LP relaxation (budgets, crews, precedence) %.6g weighted person-months, gap %.2f%% (%.1f s); "
                        + "CP-SAT's own bound gap %.2f%%%n",
                st.lpBound(),
                st.lpBoundGapPercent(),
                st.lpSeconds(),
                st.cpSatGapPercent());
        if (!st.warmStart().isEmpty()) {
            out.println("Warm start: " + st.warmStart());
        }
        if (plan.power().applied() && !plan.power().years().isEmpty()) {
            Plan.PowerYear last = plan.power().years().get(plan.power().years().size() - 1);
            out.printf(
                    Locale.ROOT,
                    "Power: service restored by %s is %s as counted, %s if the same plan had full power (%s)%n",
                    endMonth(plan),
                    percent(last.servicePercentCounted()),
                    percent(last.servicePercentUnscaled()),
                    plan.power().basis().isEmpty()
                            ? "power input"
                            : plan.power().basis());
        }
        out.println("Assumptions:");
        plan.assumptions().forEach(a -> out.println("  - " + a));
        out.println();
        TextTable t = new TextTable(
                        "package", "by", "start", "finish", "months", "cost USD", "crews", "start decided by")
                .right(4, 5);
        plan.packages().stream()
                .filter(Plan.PackageOutcome::selected)
                .sorted((a, b) -> a.startMonth() != b.startMonth()
                        ? Integer.compare(a.startMonth(), b.startMonth())
                        : a.id().compareTo(b.id()))
                .forEach(o -> t.add(
                        o.id(),
                        o.executor(),
                        o.start(),
                        o.finish(),
                        o.durationMonths(),
                        RebuildCommand.usd(o.costUsd()),
                        o.crewType() + " x" + o.crewSize(),
                        o.decidingConstraint() + ": " + o.decidingDetail()));
        out.print(t.text());
        out.println();
        List<String> executors = prog.allExecutors();
        boolean scaled = plan.power().applied();
        List<String> headers = new ArrayList<>(List.of("year", "service restored by year end"));
        if (scaled) {
            headers.add("with full power");
        }
        executors.forEach(e -> headers.add("spend " + e));
        executors.forEach(e -> headers.add("budget " + e));
        boolean limits = plan.limits().size() == plan.years().size();
        if (limits) {
            headers.add("what binds");
        }
        TextTable y = new TextTable(headers.toArray(String[]::new));
        for (int c = 1; c < headers.size() - (limits ? 1 : 0); c++) {
            y.right(c);
        }
        for (int yi = 0; yi < plan.years().size(); yi++) {
            Plan.YearFigures f = plan.years().get(yi);
            List<Object> row = new ArrayList<>(List.of(f.year(), percent(f.servicePercentAtYearEnd())));
            if (scaled) {
                row.add(percent(plan.power().years().get(yi).servicePercentUnscaled()));
            }
            executors.forEach(
                    e -> row.add(RebuildCommand.usd(f.spendUsdByExecutor().getOrDefault(e, 0.0))));
            executors.forEach(
                    e -> row.add(RebuildCommand.usd(f.budgetUsdByExecutor().getOrDefault(e, 0.0))));
            if (limits) {
                List<String> b = plan.limits().get(yi).binds();
                row.add(b.isEmpty() ? "nothing" : String.join(", ", b));
            }
            y.add(row.toArray());
        }
        out.print(y.text());
        if (limits) {
            out.println();
            TextTable l = new TextTable("year", "what binds", "how");
            plan.limits()
                    .forEach(x -> l.add(
                            x.year(), x.binds().isEmpty() ? "nothing" : String.join(", ", x.binds()), x.detail()));
            out.print(l.text());
        }
        out.println();
        List<String> ch = new ArrayList<>(List.of("crews (peak per month)", "capacity"));
        for (Plan.YearFigures f : plan.years()) {
            ch.add(Integer.toString(f.year()));
        }
        TextTable c = new TextTable(ch.toArray(String[]::new));
        for (int k = 1; k < ch.size(); k++) {
            c.right(k);
        }
        for (Plan.CrewUse u : plan.crewsByMonth()) {
            List<Object> row = new ArrayList<>(List.of(u.pool(), u.capacity()));
            for (int yr = 0; yr < plan.years().size(); yr++) {
                int peak = 0;
                for (int m = 12 * yr; m < Math.min(u.usedByMonth().size(), 12 * yr + 12); m++) {
                    peak = Math.max(peak, u.usedByMonth().get(m));
                }
                row.add(peak);
            }
            c.add(row.toArray());
        }
        out.print(c.text());
        out.println("(crews in use month by month: --format json, crewsByMonth)");
        if (!plan.power().packages().isEmpty()) {
            out.println();
            TextTable pw = new TextTable(
                            "power-coupled package",
                            "coupling",
                            "in plan",
                            "share counted by year",
                            "counted / full service")
                    .right(4);
            plan.power()
                    .packages()
                    .forEach(x -> pw.add(
                            x.id(),
                            x.coupling(),
                            x.selected() ? "yes" : "no",
                            x.shareByYear().stream()
                                    .map(v -> String.format(Locale.ROOT, "%.2f", v))
                                    .collect(java.util.stream.Collectors.joining(" ")),
                            x.selected() && x.serviceUnscaled() > 0
                                    ? String.format(Locale.ROOT, "%.2f", x.serviceCounted() / x.serviceUnscaled())
                                    : "-"));
            out.print(pw.text());
        }
        if (!plan.regions().isEmpty()) {
            out.println();
            out.printf(
                    Locale.ROOT,
                    "By region (service restored by %s of the region's own packages; the nation: %s):%n",
                    endMonth(plan),
                    percent(plan.servicePercentAtEnd()));
            TextTable r = new TextTable(
                            "region",
                            "population",
                            "service restored",
                            "packages",
                            "cost done",
                            "cost of all",
                            "service per USD m",
                            "why it gets less than the nation")
                    .right(1, 2, 3, 4, 5, 6);
            plan.regions()
                    .forEach(x -> r.add(
                            x.region() + (regionNames.containsKey(x.region()) ? " " + regionNames.get(x.region()) : ""),
                            String.format(Locale.ROOT, "%,.0f", x.population()),
                            percent(x.servicePercent()),
                            x.packagesDone() + "/" + x.packagesTotal(),
                            RebuildCommand.usd(x.costDoneUsd()),
                            RebuildCommand.usd(x.costTotalUsd()),
                            String.format(Locale.ROOT, "%,.0f", x.servicePerMillionUsd()),
                            x.why()));
            out.print(r.text());
        }
        if (plan.equity().minSharePercent() > 0) {
            out.println();
            out.println(equityHeadline(plan) + " (floor capped where the crews, budgets and horizon cannot reach it):");
            TextTable e = new TextTable(
                            "region", "floor asked", "assured", "at most", "met", "required packages", "why not more")
                    .right(1, 2, 3, 5);
            plan.equity()
                    .regions()
                    .forEach(x -> e.add(
                            x.region() + (regionNames.containsKey(x.region()) ? " " + regionNames.get(x.region()) : ""),
                            percent(x.askedPercent()),
                            percent(x.assuredPercent()),
                            percent(x.upperBoundPercent()),
                            x.met() ? "yes" : "no",
                            x.packagesRequired(),
                            x.why()));
            out.print(e.text());
            out.println("(assured: the region's required packages, whose service the plan restores by the horizon; "
                    + "at most: with every crew and dollar of the programme to the region, an LP bound)");
        }
        if (!plan.leftOut().isEmpty()) {
            out.println();
            TextTable l = new TextTable("left out", "why");
            plan.leftOut().forEach(x -> l.add(x.id(), x.reason()));
            out.print(l.text());
        }
    }

    /** The equity floor in one line: what was asked and how many regions reach it. */
    static String equityHeadline(Plan plan) {
        long met =
                plan.equity().regions().stream().filter(Plan.RegionFloor::met).count();
        return String.format(
                Locale.ROOT,
                "Equity: floor %s of each region's own service by %s asked; %d of %d regions reach it",
                percent(plan.equity().minSharePercent()),
                endMonth(plan),
                met,
                plan.equity().regions().size());
    }

    /** A service percentage, printed one way everywhere. */
    static String percent(double v) {
        return String.format(Locale.ROOT, "%.1f%%", v);
    }

    /** The last month of the horizon, YYYY-MM. */
    static String endMonth(Plan plan) {
        int m = plan.horizonMonths() - 1;
        return String.format(Locale.ROOT, "%04d-%02d", plan.startYear() + m / 12, m % 12 + 1);
    }
}
