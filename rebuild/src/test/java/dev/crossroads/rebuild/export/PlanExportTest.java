package dev.crossroads.rebuild.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.rebuild.RebuildEngine;
import dev.crossroads.rebuild.programme.Plan;
import dev.crossroads.rebuild.programme.PlanChecker;
import dev.crossroads.rebuild.programme.Programme;
import dev.crossroads.rebuild.programme.WorkPackage;
import dev.crossroads.rebuild.schedule.SolveParameters;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.sf.mpxj.ProjectFile;
import net.sf.mpxj.Task;
import net.sf.mpxj.mspdi.MSPDIReader;
import org.junit.jupiter.api.Test;

class PlanExportTest {
    private static WorkPackage pkg(String id, int months, String... preds) {
        return new WorkPackage(id, "R1", "c", "housing", 1, 1, 1, 1e6, months, "b", 1, 100, 1, List.of(preds), false);
    }

    @Test
    void mspdiRoundTripsThroughMpxjWithTasksDatesAndLinks() throws Exception {
        Programme p = new Programme(
                List.of(pkg("A", 3), pkg("B", 2, "A")), 12, 2026, Map.of("b", 5), List.of(1e9), List.of(), List.of());
        Plan plan = RebuildEngine.plan(p, new SolveParameters(300, 1, 0, 5), (t, o, b) -> {});
        assertThat(PlanChecker.check(p, plan)).isEmpty();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlanExport.mspdi(plan, Map.of("B", List.of("A")), "test", out);
        ProjectFile read = new MSPDIReader().read(new ByteArrayInputStream(out.toByteArray()));
        Task b = read.getTasks().stream()
                .filter(t -> t.getName() != null && t.getName().startsWith("B "))
                .findFirst()
                .orElseThrow();
        assertThat(b.getPredecessors()).hasSize(1);
        assertThat(b.getStart().getYear()).isEqualTo(2026);
        assertThat(b.getStart().getMonthValue()).isEqualTo(4);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        PlanExport.csv(plan, csv);
        assertThat(csv.toString(StandardCharsets.UTF_8)).contains("B,R1,c,housing,true,national,3,5,2026-04,2026-05");
    }
}
