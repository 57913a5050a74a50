package dev.crossroads.rebuild.programme;

import static dev.crossroads.rebuild.programme.Fixtures.outcome;
import static dev.crossroads.rebuild.programme.Fixtures.pkg;
import static dev.crossroads.rebuild.programme.Fixtures.programme;
import static dev.crossroads.rebuild.programme.Fixtures.required;
import static dev.crossroads.rebuild.programme.Fixtures.solveChecked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each constraint of the programme alone, on small hand-made programmes; every plan is checked independently. */
class ProgrammeConstraintTest {
    private static final Map<String, Integer> PLENTY = Map.of("b", 100);

    @Test
    void aPredecessorDelaysItsSuccessorAndIsNamedAsTheReason() {
        Programme p = programme(24, PLENTY, 1e12, pkg("A", "b", 1, 4, 1e6, 10), pkg("B", "b", 1, 3, 1e6, 10, "A"));
        Plan plan = solveChecked(p);
        assertThat(outcome(plan, "A").startMonth()).isZero();
        assertThat(outcome(plan, "B").startMonth()).isEqualTo(4);
        assertThat(outcome(plan, "B").decidingConstraint()).isEqualTo("predecessor");
        assertThat(outcome(plan, "B").decidingDetail()).contains("A");
        assertThat(outcome(plan, "A").decidingConstraint()).isEqualTo("programme-start");
    }

    @Test
    void aCrewLimitKeepsTwoPackagesApart() {
        Programme p = programme(24, Map.of("b", 3), 1e12, pkg("A", "b", 2, 5, 1e6, 20), pkg("B", "b", 2, 5, 1e6, 10));
        Plan plan = solveChecked(p);
        Plan.PackageOutcome a = outcome(plan, "A");
        Plan.PackageOutcome b = outcome(plan, "B");
        assertThat(a.startMonth()).as("the heavier package goes first").isZero();
        assertThat(b.startMonth()).isEqualTo(5);
        assertThat(b.decidingConstraint()).isEqualTo("crew");
        assertThat(b.decidingDetail()).contains("national:b");
        assertThat(plan.crewsByMonth()).anySatisfy(c -> {
            assertThat(c.pool()).isEqualTo("national:b");
            assertThat(c.usedByMonth()).allMatch(u -> u <= 3);
        });
    }

    @Test
    void aYearlyBudgetPushesSpendingIntoTheNextYear() {
        // A spends 12 M over months 0-11; B (12 M over 12 months) may only spend 3 M in year 1 with a 15 M budget.
        Programme p = programme(36, PLENTY, 15e6, pkg("A", "b", 1, 12, 12e6, 20), pkg("B", "b", 1, 12, 12e6, 10));
        Plan plan = solveChecked(p);
        assertThat(outcome(plan, "A").startMonth()).isZero();
        assertThat(outcome(plan, "B").startMonth()).isEqualTo(9);
        assertThat(outcome(plan, "B").decidingConstraint()).isEqualTo("budget");
        assertThat(outcome(plan, "B").decidingDetail()).contains("2026");
        assertThat(plan.years().get(0).spendUsd()).isLessThanOrEqualTo(15e6);
    }

    @Test
    void aPackageTooDearForAnyYearIsLeftOutWithTheBudgetAsReason() {
        Programme p = programme(24, PLENTY, 5e6, pkg("A", "b", 1, 2, 4e6, 20), pkg("B", "b", 1, 1, 8e6, 10));
        Plan plan = solveChecked(p);
        assertThat(outcome(plan, "B").selected()).isFalse();
        assertThat(plan.leftOut())
                .singleElement()
                .satisfies(l -> assertThat(l.reason()).contains("budget"));
    }

    @Test
    void aSuccessorOfALeftOutPackageIsLeftOutToo() {
        Programme p =
                programme(12, PLENTY, 1e12, required(pkg("A", "b", 1, 12, 1e6, 1)), pkg("B", "b", 1, 2, 1e6, 10, "A"));
        Plan plan = solveChecked(p);
        // A needs all 12 months, so B cannot follow it within the horizon.
        assertThat(outcome(plan, "B").selected()).isFalse();
        assertThat(outcome(plan, "B").decidingDetail()).contains("horizon");
    }

    @Test
    void aPartnerWithItsOwnCrewsTakesWorkTheNationHasNoCrewsFor() {
        ProgrammeSettings.PartnerSettings aze = new ProgrammeSettings.PartnerSettings("aze", Set.of("a"), 5, 1e9);
        Programme p = programme(24, Map.of("b", 0), 1e12, List.of(aze), pkg("A", "b", 2, 3, 1e6, 10));
        Plan plan = solveChecked(p);
        assertThat(outcome(plan, "A").executor()).isEqualTo("aze");
        assertThat(plan.years().get(0).spendUsdByExecutor()).containsEntry("aze", 1e6);
    }

    @Test
    void aDependencyCycleIsAnErrorThatNamesTheCycle() {
        assertThatThrownBy(() -> programme(
                        24,
                        PLENTY,
                        1e9,
                        pkg("A", "b", 1, 1, 1, 1, "C"),
                        pkg("B", "b", 1, 1, 1, 1, "A"),
                        pkg("C", "b", 1, 1, 1, 1, "B")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cycle")
                .hasMessageMatching("(?s).*(A -> B -> C -> A|B -> C -> A -> B|C -> A -> B -> C).*");
    }

    @Test
    void aPackageNoCrewCanDoNamesThePackageAndTheCrewType() {
        assertThatThrownBy(() -> programme(24, Map.of("demining", 2), 1e9, pkg("CLEAR", "demining", 5, 1, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CLEAR")
                .hasMessageContaining("demining");
    }

    @Test
    void anInfeasibleBudgetSaysWhichYear() {
        // A required 30 M package over 12 months cannot fit any 12-month window of 10 M yearly budgets.
        Programme p = programme(24, PLENTY, 10e6, required(pkg("A", "b", 1, 12, 30e6, 10)));
        assertThatThrownBy(() -> solveChecked(p))
                .isInstanceOf(ProgrammeInfeasibleException.class)
                .hasMessageContaining("budget")
                .hasMessageContaining("year 2027");
    }

    @Test
    void requiredPackagesAreDoneEvenWhenTheyAddLittle() {
        Programme p = programme(
                24, Map.of("b", 1), 1e12, required(pkg("A", "b", 1, 10, 1e6, 0)), pkg("B", "b", 1, 10, 1e6, 100));
        Plan plan = solveChecked(p);
        assertThat(outcome(plan, "A").selected()).isTrue();
        assertThat(outcome(plan, "B").startMonth()).isZero();
        assertThat(outcome(plan, "A").startMonth()).isEqualTo(10);
    }
}
