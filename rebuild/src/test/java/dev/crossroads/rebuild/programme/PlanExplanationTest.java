package dev.crossroads.rebuild.programme;

import static dev.crossroads.rebuild.programme.Fixtures.outcome;
import static dev.crossroads.rebuild.programme.Fixtures.pkg;
import static dev.crossroads.rebuild.programme.Fixtures.programme;
import static dev.crossroads.rebuild.programme.Fixtures.solveChecked;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 13 items 8-10: one definition of service, what binds per year, the equity floor and why a region gets little. */
class PlanExplanationTest {

    @Test
    void aPlanThatSpendsLittleOfItsBudgetSaysThatCrewsBind() {
        Programme p = programme(24, Map.of("b", 3), 1e12, pkg("A", "b", 2, 5, 1e6, 20), pkg("B", "b", 2, 5, 1e6, 10));
        Plan plan = solveChecked(p);
        assertThat(plan.limits()).hasSize(2);
        assertThat(plan.limits().get(0).binds()).contains("crews").doesNotContain("budget");
        assertThat(plan.limits().get(0).detail()).contains("national:b 2 of 3");
        assertThat(plan.bindingSummary()).contains("money does not bind", "crews bind in 2026");
    }

    @Test
    void aYearlyBudgetThatIsSpentBinds() {
        Programme p =
                programme(36, Map.of("b", 100), 15e6, pkg("A", "b", 1, 12, 12e6, 20), pkg("B", "b", 1, 12, 12e6, 10));
        Plan plan = solveChecked(p);
        assertThat(outcome(plan, "B").decidingConstraint()).isEqualTo("budget");
        assertThat(plan.limits().get(0).binds()).contains("budget");
        assertThat(plan.bindingSummary()).contains("budget binds in 2026").doesNotContain("money does not bind");
    }

    @Test
    void aSuccessorWaitingForItsPredecessorIsPrecedence() {
        Programme p =
                programme(24, Map.of("b", 100), 1e12, pkg("A", "b", 1, 4, 1e6, 10), pkg("B", "b", 1, 3, 1e6, 10, "A"));
        Plan plan = solveChecked(p);
        assertThat(plan.limits().get(0).binds()).containsExactly("precedence");
    }

    @Test
    void everyServicePercentageOfAPlanIsTheOneDefinition() {
        Programme p = programme(
                30,
                Map.of("b", 2),
                4e6,
                pkg("A", "b", 1, 7, 3e6, 40),
                pkg("B", "b", 2, 5, 2e6, 25, "A"),
                pkg("C", "b", 1, 9, 5e6, 30),
                pkg("D", "b", 1, 4, 1e6, 5));
        Plan plan = solveChecked(p);
        double[] byYear = Service.percentByYear(p, plan);
        for (int y = 0; y < byYear.length; y++) {
            assertThat(plan.years().get(y).servicePercentAtYearEnd())
                    .as("year %d", y)
                    .isCloseTo(byYear[y], org.assertj.core.data.Offset.offset(1e-3));
        }
        for (int m = 0; m <= p.horizonMonths(); m++) {
            assertThat(plan.serviceByMonth().get(m))
                    .as("month %d", m)
                    .isCloseTo(Service.percentAt(p, plan, m), org.assertj.core.data.Offset.offset(1e-3));
        }
        assertThat(plan.servicePercentAtEnd())
                .isCloseTo(byYear[byYear.length - 1], org.assertj.core.data.Offset.offset(1e-3));
        // one region: its own share is the national one
        assertThat(plan.regions())
                .singleElement()
                .satisfies(r -> assertThat(r.servicePercent())
                        .isCloseTo(plan.servicePercentAtEnd(), org.assertj.core.data.Offset.offset(1e-3)));
    }

    /** Two regions, crews for one package at a time: the cheap, populous region takes the horizon. */
    private static List<WorkPackage> twoRegions() {
        return List.of(
                in("R1", pkg("R1/housing", "b", 1, 10, 1e6, 1000)), in("R2", pkg("R2/housing", "b", 1, 10, 1e6, 100)));
    }

    private static WorkPackage in(String region, WorkPackage w) {
        return new WorkPackage(
                w.id(),
                region,
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
                w.required(),
                w.power());
    }

    private static Programme programmeOf(List<WorkPackage> ps, List<String> notes) {
        return new Programme(
                ps, 12, 2026, Map.of("b", 1), new ArrayList<>(Collections.nCopies(1, 1e12)), List.of(), notes);
    }

    @Test
    void withoutAFloorARegionGetsNothingAndTheOutputSaysWhy() {
        Plan plan = solveChecked(programmeOf(twoRegions(), List.of()));
        Plan.RegionOutcome r2 = plan.regions().stream()
                .filter(r -> r.region().equals("R2"))
                .findFirst()
                .orElseThrow();
        assertThat(r2.servicePercent()).isZero();
        assertThat(r2.why()).contains("crews");
    }

    @Test
    void anEquityFloorGivesEveryRegionItsShareAndSaysSo() {
        EquityFloor.Result floor = EquityFloor.apply(twoRegions(), 50, 12);
        assertThat(floor.packages()).allMatch(WorkPackage::required);
        assertThat(floor.notes()).anySatisfy(n -> assertThat(n).contains("at least 50.0%", "2 packages are required"));
        // over 24 months one crew does both (two required packages: CpScheduler once hinted the shared true literal
        // twice and answered UNKNOWN)
        List<WorkPackage> three = new ArrayList<>(twoRegions());
        three.add(in("R1", pkg("R1/roads", "b", 1, 4, 1e6, 1)));
        EquityFloor.Result fits = EquityFloor.apply(three, 50, 24);
        assertThat(fits.packages().get(2).required()).isFalse();
        Programme p =
                new Programme(fits.packages(), 24, 2026, Map.of("b", 1), List.of(1e12, 1e12), List.of(), fits.notes());
        Plan plan = solveChecked(p);
        assertThat(plan.regions())
                .allSatisfy(r -> assertThat(r.servicePercent()).isGreaterThanOrEqualTo(50));
    }

    @Test
    void aFloorThatTheHorizonCannotReachIsNamed() {
        List<WorkPackage> ps =
                List.of(in("R1", pkg("R1/a", "b", 1, 5, 1e6, 10)), in("R1", pkg("R1/b", "b", 1, 30, 1e6, 90)));
        EquityFloor.Result floor = EquityFloor.apply(ps, 50, 24);
        assertThat(floor.notes())
                .anySatisfy(n -> assertThat(n).contains("R1: floor 50.0% asked, 10.0% reachable", "horizon"));
        assertThat(floor.packages().get(0).required()).isTrue();
        assertThat(floor.packages().get(1).required()).isFalse();
    }
}
