package dev.crossroads.rebuild.programme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.rebuild.RebuildEngine;
import dev.crossroads.rebuild.schedule.SolveParameters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Hand-made programmes for the constraint tests. */
final class Fixtures {
    private Fixtures() {}

    static WorkPackage pkg(
            String id, String crewType, int crews, int months, double costUsd, double population, String... preds) {
        return new WorkPackage(
                id,
                "R1",
                id.toLowerCase(java.util.Locale.ROOT),
                "housing",
                1,
                1,
                1,
                costUsd,
                months,
                crewType,
                crews,
                population,
                1,
                List.of(preds),
                false);
    }

    static WorkPackage required(WorkPackage w) {
        return new WorkPackage(
                w.id(),
                w.region(),
                w.assetClass(),
                w.sector(),
                w.phase(),
                w.phases(),
                w.units(),
                w.costUsd(),
                w.durationMonths(),
                w.crewType(),
                w.crewSize(),
                w.populationServed(),
                w.serviceWeight(),
                w.predecessors(),
                true);
    }

    static Programme programme(int horizon, Map<String, Integer> crews, double budgetPerYear, WorkPackage... ps) {
        return programme(horizon, crews, budgetPerYear, List.of(), ps);
    }

    static Programme programme(
            int horizon,
            Map<String, Integer> crews,
            double budgetPerYear,
            List<ProgrammeSettings.PartnerSettings> partners,
            WorkPackage... ps) {
        int years = (horizon + 11) / 12;
        return new Programme(
                List.of(ps),
                horizon,
                2026,
                crews,
                new ArrayList<>(Collections.nCopies(years, budgetPerYear)),
                partners,
                List.of());
    }

    /** Solves and checks the plan with the independent checker. */
    static Plan solveChecked(Programme p) {
        Plan plan = RebuildEngine.plan(p, new SolveParameters(300, 1, 0, 20), (t, o, b) -> {});
        assertThat(PlanChecker.check(p, plan))
                .as("independent check of the plan")
                .isEmpty();
        return plan;
    }

    static Plan.PackageOutcome outcome(Plan plan, String id) {
        return plan.packages().stream()
                .filter(o -> o.id().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
