package dev.crossroads.rebuild.programme;

import static dev.crossroads.rebuild.programme.Fixtures.outcome;
import static dev.crossroads.rebuild.programme.Fixtures.pkg;
import static dev.crossroads.rebuild.programme.Fixtures.programme;
import static dev.crossroads.rebuild.programme.Fixtures.required;
import static dev.crossroads.rebuild.programme.Fixtures.solveChecked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossroads.rebuild.RebuildEngine;
import dev.crossroads.rebuild.schedule.SolveParameters;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A required package whose predecessor is optional: the predecessor must be done first, so it is required too
 * (transitively), and the plan's assumptions say so. (Issue 16's probe found plans with P3 required and in the plan
 * but its optional predecessor P2 left out.)
 */
class RequiredPredecessorTest {
    @Test
    void anOptionalPredecessorOfARequiredPackageIsDoneFirstAndTheAssumptionsSaySo() {
        // P1 and P2 restore nothing (they are worth leaving out on their own); P3 is required and waits for P2,
        // which waits for P1
        Programme p = programme(
                24,
                Map.of("x", 2),
                50e6,
                pkg("P1", "x", 1, 3, 6e6, 0),
                pkg("P2", "x", 1, 3, 6e6, 0, "P1"),
                required(pkg("P3", "x", 1, 3, 6e6, 1000, "P2")),
                pkg("P4", "x", 2, 6, 20e6, 5000));
        assertThat(p.byId().get("P2").required()).isTrue();
        assertThat(p.byId().get("P1").required()).isTrue();
        assertThat(p.byId().get("P4").required()).isFalse();
        assertThat(p.assumptions())
                .anySatisfy(a -> assertThat(a)
                        .contains("2 packages are required because a required package waits for them")
                        .contains("P2 (before P3)")
                        .contains("P1 (before P2)"));
        Plan plan = solveChecked(p);
        assertThat(outcome(plan, "P1").selected()).isTrue();
        assertThat(outcome(plan, "P2").selected()).isTrue();
        assertThat(outcome(plan, "P3").selected()).isTrue();
        assertThat(outcome(plan, "P2").startMonth())
                .isGreaterThanOrEqualTo(outcome(plan, "P1").endMonth());
        assertThat(outcome(plan, "P3").startMonth())
                .isGreaterThanOrEqualTo(outcome(plan, "P2").endMonth());
        assertThat(plan.assumptions()).anySatisfy(a -> assertThat(a).contains("P2 (before P3)"));
    }

    @Test
    void whenTheBudgetCannotPayForARequiredPackageAndItsPredecessorTheRunSaysSoInsteadOfDroppingThePredecessor() {
        // one year, 10 M: P3 alone fits, P2 and P3 together do not; before the fix the plan held P3 without P2
        Programme p = programme(
                12,
                Map.of("x", 2),
                10e6,
                pkg("P2", "x", 1, 2, 6e6, 0),
                required(pkg("P3", "x", 1, 2, 6e6, 1000, "P2")));
        assertThatThrownBy(() -> RebuildEngine.plan(p, new SolveParameters(20, 1, 0, 5), (t, o, b) -> {}))
                .isInstanceOf(ProgrammeInfeasibleException.class)
                .hasMessageContaining("budget");
    }

    @Test
    void aProgrammeWithoutRequiredPackagesIsUnchanged() {
        Programme p = programme(
                24, Map.of("x", 2), 50e6, pkg("P1", "x", 1, 3, 6e6, 100), pkg("P2", "x", 1, 3, 6e6, 100, "P1"));
        assertThat(p.packages()).noneMatch(WorkPackage::required);
        assertThat(p.assumptions()).isEmpty();
    }

    @Test
    void buildingTheProgrammeTwiceAddsTheNoteOnce() {
        Programme p = programme(
                24, Map.of("x", 2), 50e6, pkg("P2", "x", 1, 3, 6e6, 0), required(pkg("P3", "x", 1, 3, 6e6, 10, "P2")));
        Programme again = new Programme(
                p.packages(),
                p.horizonMonths(),
                p.startYear(),
                p.crewsByType(),
                p.budgetUsdByYear(),
                p.partners(),
                p.assumptions(),
                p.power());
        assertThat(again.assumptions()).isEqualTo(p.assumptions()).hasSize(1);
    }
}
