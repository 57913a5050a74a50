package dev.crossroads.rebuild.export;

import dev.crossroads.rebuild.programme.Plan;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.mpxj.Duration;
import net.sf.mpxj.ProjectFile;
import net.sf.mpxj.Relation;
import net.sf.mpxj.RelationType;
import net.sf.mpxj.Task;
import net.sf.mpxj.TimeUnit;
import net.sf.mpxj.mspdi.MSPDIWriter;

/** Writes a plan as MS Project XML (MSPDI, via MPXJ) or as CSV, to a stream the caller owns. */
public final class PlanExport {
    private PlanExport() {}

    /**
     * MSPDI: one summary task per region, one task per package in the plan (start and finish at month boundaries,
     * duration in months, cost), and its predecessors as finish-to-start links.
     *
     * @param predecessors per package id, the ids of its predecessors
     */
    public static void mspdi(Plan plan, Map<String, List<String>> predecessors, String title, OutputStream out)
            throws IOException {
        ProjectFile file = new ProjectFile();
        file.getProjectProperties().setName(title);
        file.getProjectProperties().setProjectTitle(title);
        file.getProjectProperties().setStartDate(LocalDateTime.of(plan.startYear(), 1, 1, 8, 0));
        Map<String, Task> regions = new HashMap<>();
        Map<String, Task> tasks = new HashMap<>();
        for (Plan.PackageOutcome o : plan.packages()) {
            if (!o.selected()) {
                continue;
            }
            Task parent = regions.computeIfAbsent(o.region(), r -> {
                Task t = file.addTask();
                t.setName(r);
                return t;
            });
            Task t = parent.addTask();
            t.setName(o.id() + " (" + o.assetClass() + ", " + o.executor() + ")");
            t.setStart(monthStart(plan, o.startMonth()));
            t.setFinish(monthStart(plan, o.endMonth()).minusHours(16));
            t.setDuration(Duration.getInstance(o.durationMonths(), TimeUnit.MONTHS));
            t.setCost(o.costUsd());
            t.setText(1, o.decidingConstraint() + ": " + o.decidingDetail());
            t.setText(2, o.crewType() + " x" + o.crewSize());
            tasks.put(o.id(), t);
        }
        for (Plan.PackageOutcome o : plan.packages()) {
            Task t = tasks.get(o.id());
            if (t == null) {
                continue;
            }
            for (String p : predecessors.getOrDefault(o.id(), List.of())) {
                Task pt = tasks.get(p);
                if (pt != null) {
                    t.addPredecessor(new Relation.Builder().targetTask(pt).type(RelationType.FINISH_START));
                }
            }
        }
        new MSPDIWriter().write(file, out);
    }

    private static LocalDateTime monthStart(Plan plan, int month) {
        return LocalDateTime.of(plan.startYear() + month / 12, month % 12 + 1, 1, 8, 0);
    }

    /** CSV: one row per package (in the plan or left out). */
    public static void csv(Plan plan, OutputStream out) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append(
                "id,region,asset_class,sector,selected,executor,start_month,end_month,start,finish,duration_months,cost_usd,"
                        + "crew_type,crew_size,population_served,deciding_constraint,detail\n");
        for (Plan.PackageOutcome o : plan.packages()) {
            sb.append(String.join(
                            ",",
                            cell(o.id()),
                            cell(o.region()),
                            cell(o.assetClass()),
                            cell(o.sector()),
                            Boolean.toString(o.selected()),
                            cell(o.executor()),
                            Integer.toString(o.startMonth()),
                            Integer.toString(o.endMonth()),
                            o.start(),
                            o.finish(),
                            Integer.toString(o.durationMonths()),
                            String.format(Locale.ROOT, "%.0f", o.costUsd()),
                            cell(o.crewType()),
                            Integer.toString(o.crewSize()),
                            String.format(Locale.ROOT, "%.0f", o.populationServed()),
                            cell(o.decidingConstraint()),
                            cell(o.decidingDetail())))
                    .append('\n');
        }
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String cell(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
