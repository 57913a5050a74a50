package dev.crossroads.rebuild.programme;

import static dev.crossroads.rebuild.programme.Fixtures.pkg;
import static dev.crossroads.rebuild.programme.Fixtures.programme;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checker itself finds broken plans (so that its silence on solver plans means something). */
class PlanCheckerTest {
    private static Plan.PackageOutcome at(WorkPackage w, int start) {
        return new Plan.PackageOutcome(
                w.id(),
                w.region(),
                w.assetClass(),
                w.sector(),
                true,
                Programme.NATIONAL,
                start,
                start + w.durationMonths(),
                "",
                "",
                w.costUsd(),
                w.durationMonths(),
                w.crewType(),
                w.crewSize(),
                w.populationServed(),
                "",
                "");
    }

    private static Plan plan(List<Plan.PackageOutcome> outcomes) {
        return new Plan(
                "feasible",
                24,
                2026,
                0,
                0,
                0,
                outcomes.size(),
                outcomes.size(),
                0,
                "",
                outcomes,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                new Plan.SolveStats("feasible", 0, 1, 0, 0, 0, 0),
                List.of());
    }

    @Test
    void findsAPrecedenceViolation() {
        WorkPackage a = pkg("A", "b", 1, 4, 1e6, 1);
        WorkPackage b = pkg("B", "b", 1, 2, 1e6, 1, "A");
        Programme p = programme(24, Map.of("b", 10), 1e12, a, b);
        assertThat(PlanChecker.check(p, plan(List.of(at(a, 0), at(b, 3)))))
                .singleElement()
                .asString()
                .contains("before its predecessor A");
        assertThat(PlanChecker.check(p, plan(List.of(at(a, 0), at(b, 4))))).isEmpty();
    }

    @Test
    void findsACrewOverload() {
        WorkPackage a = pkg("A", "b", 2, 4, 1e6, 1);
        WorkPackage b = pkg("B", "b", 2, 4, 1e6, 1);
        Programme p = programme(24, Map.of("b", 3), 1e12, a, b);
        assertThat(PlanChecker.check(p, plan(List.of(at(a, 0), at(b, 3)))))
                .singleElement()
                .asString()
                .contains("month 3");
    }

    @Test
    void findsAnOverspentYear() {
        WorkPackage a = pkg("A", "b", 1, 12, 12e6, 1);
        WorkPackage b = pkg("B", "b", 1, 12, 12e6, 1);
        Programme p = programme(24, Map.of("b", 3), 15e6, a, b);
        assertThat(PlanChecker.check(p, plan(List.of(at(a, 0), at(b, 6)))))
                .singleElement()
                .asString()
                .contains("year 2026");
    }
}
