package dev.crossroads.rebuild.programme;

import static dev.crossroads.rebuild.programme.Fixtures.pkg;
import static dev.crossroads.rebuild.programme.Fixtures.solveChecked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.crossroads.rebuild.RebuildEngine;
import dev.crossroads.rebuild.schedule.SolveParameters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 item 8: an equity floor a planner can use. It is met where the crews, budgets and horizon allow, capped
 * with the reason where they do not, and never makes a programme infeasible that is feasible without it.
 */
class EquityFloorTest {

    @Test
    void aFloorThatFitsIsMetInEveryRegionAndThePlanRestoresIt() {
        Programme base = programme(
                12, 2, 1e12, in("R1", pkg("R1/a", "b", 1, 12, 1e6, 1000)), in("R2", pkg("R2/x", "b", 1, 6, 1e6, 10)));
        EquityFloor.Result floor = EquityFloor.apply(base, 50);
        assertThat(floor.packages()).allMatch(WorkPackage::required);
        assertThat(floor.equity().regions()).allSatisfy(r -> {
            assertThat(r.met()).as(r.region()).isTrue();
            assertThat(r.why()).isEmpty();
        });
        Plan plan = solveChecked(withFloor(base, floor));
        assertThat(plan.equity().allMet()).isTrue();
        assertThat(plan.regions())
                .allSatisfy(r -> assertThat(r.servicePercent()).isGreaterThanOrEqualTo(50));
    }

    @Test
    void aFloorTheCrewsCannotReachIsCappedWithTheReasonAndThePlanStillSolves() {
        // R1's required package holds both crews for the whole horizon: R2 can have nothing
        Programme base = programme(
                12,
                2,
                1e12,
                Fixtures.required(in("R1", pkg("R1/a", "b", 2, 12, 1e6, 1000))),
                in("R2", pkg("R2/x", "b", 1, 6, 1e6, 10)));
        EquityFloor.Result floor = EquityFloor.apply(base, 10);
        Plan.RegionFloor r2 = region(floor, "R2");
        assertThat(r2.met()).isFalse();
        assertThat(r2.assuredPercent()).isZero();
        assertThat(r2.upperBoundPercent()).isEqualTo(100);
        assertThat(r2.why()).contains("crews: the b crews are taken by the packages already required");
        assertThat(floor.notes())
                .anySatisfy(n -> assertThat(n).contains("R2: floor 10.0% asked, 0.0% reachable by 2026-12", "crews"));
        assertThat(region(floor, "R1").met()).isTrue();
        Plan plan = solveChecked(withFloor(base, floor));
        assertThat(plan.equity().allMet()).isFalse();
        assertThat(Fixtures.outcome(plan, "R1/a").selected()).isTrue();
    }

    @Test
    void aFloorTheBudgetCannotReachSaysMoney() {
        Programme base = programme(
                12,
                10,
                12e6,
                Fixtures.required(in("R1", pkg("R1/a", "b", 1, 12, 12e6, 1000))),
                in("R2", pkg("R2/x", "b", 1, 6, 1e6, 10)));
        Plan.RegionFloor r2 = region(EquityFloor.apply(base, 10), "R2");
        assertThat(r2.met()).isFalse();
        assertThat(r2.why()).contains("money");
    }

    @Test
    void aPackageLongerThanTheHorizonIsNamedAsTheReason() {
        Programme base = programme(
                24, 5, 1e12, in("R1", pkg("R1/a", "b", 1, 5, 1e6, 10)), in("R1", pkg("R1/b", "b", 1, 30, 1e6, 90)));
        Plan.RegionFloor r1 = region(EquityFloor.apply(base, 50), "R1");
        assertThat(r1.met()).isFalse();
        assertThat(r1.assuredPercent()).isEqualTo(10);
        assertThat(r1.upperBoundPercent()).isEqualTo(10);
        assertThat(r1.why()).contains("horizon: r1/b needs 30 months per phase, beyond the 24-month horizon");
    }

    @Test
    void noFloorChangesNothing() {
        Programme base = programme(12, 2, 1e12, in("R1", pkg("R1/a", "b", 1, 12, 1e6, 1000)));
        EquityFloor.Result floor = EquityFloor.apply(base, 0);
        assertThat(floor.packages()).isEqualTo(base.packages());
        assertThat(floor.equity()).isEqualTo(Plan.Equity.none());
        assertThat(floor.notes()).isEmpty();
    }

    /**
     * Random small programmes: with the floor, a programme that solves without it still solves; every region's
     * assured share is at most its upper bound, the regions that meet the floor have it in the plan.
     */
    @Property(tries = 25, seed = "13")
    void aFloorIsNeverLessFeasibleThanNone(@ForAll @IntRange(min = 0, max = 1_000_000) int seed) {
        Random rnd = new Random(seed);
        int horizon = 6 + rnd.nextInt(13);
        int crews = 1 + rnd.nextInt(3);
        int n = 3 + rnd.nextInt(5);
        List<WorkPackage> ps = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String region = "R" + (1 + rnd.nextInt(3));
            List<String> preds = new ArrayList<>();
            if (i > 0 && rnd.nextInt(3) == 0) {
                preds.add(ps.get(rnd.nextInt(i)).id());
            }
            WorkPackage w = in(
                    region,
                    pkg(
                            region + "/p" + i,
                            "b",
                            1 + rnd.nextInt(crews),
                            1 + rnd.nextInt(horizon + 2),
                            1e6 * (1 + rnd.nextInt(5)),
                            10 + rnd.nextInt(1000),
                            preds.toArray(String[]::new)));
            ps.add(i == 0 && rnd.nextBoolean() ? Fixtures.required(w) : w);
        }
        double budget = 1e6 * (2 + rnd.nextInt(20));
        Programme base = programme(horizon, crews, budget, ps.toArray(WorkPackage[]::new));
        double share = List.of(5.0, 30.0, 80.0).get(rnd.nextInt(3));
        SolveParameters params = new SolveParameters(300, 1, 0, 20);
        boolean feasible;
        try {
            RebuildEngine.plan(base, params, (t, o, b) -> {});
            feasible = true;
        } catch (ProgrammeInfeasibleException e) {
            feasible = false;
        }
        EquityFloor.Result floor = EquityFloor.apply(base, share);
        for (Plan.RegionFloor r : floor.equity().regions()) {
            assertThat(r.assuredPercent()).as("seed %d %s", seed, r).isLessThanOrEqualTo(r.upperBoundPercent() + 0.1);
            assertThat(r.met()).as("seed %d %s", seed, r).isEqualTo(r.assuredPercent() >= share - 0.05);
        }
        if (feasible) {
            Programme with = withFloor(base, floor);
            assertThatCode(() -> {
                        Plan plan = RebuildEngine.plan(with, params, (t, o, b) -> {});
                        assertThat(PlanChecker.check(with, plan)).isEmpty();
                        for (Plan.RegionFloor r : plan.equity().regions()) {
                            double got = plan.regions().stream()
                                    .filter(x -> x.region().equals(r.region()))
                                    .findFirst()
                                    .orElseThrow()
                                    .servicePercent();
                            assertThat(got).as("seed %d %s", seed, r).isGreaterThanOrEqualTo(r.assuredPercent() - 0.1);
                        }
                    })
                    .as("seed %d: feasible without the floor, so feasible with it", seed)
                    .doesNotThrowAnyException();
        }
    }

    private static Plan.RegionFloor region(EquityFloor.Result floor, String id) {
        return floor.equity().regions().stream()
                .filter(r -> r.region().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static Programme programme(int horizon, int crews, double budgetPerYear, WorkPackage... ps) {
        return new Programme(
                List.of(ps),
                horizon,
                2026,
                Map.of("b", crews),
                new ArrayList<>(Collections.nCopies((horizon + 11) / 12, budgetPerYear)),
                List.of(),
                List.of());
    }

    private static Programme withFloor(Programme base, EquityFloor.Result floor) {
        return new Programme(
                floor.packages(),
                base.horizonMonths(),
                base.startYear(),
                base.crewsByType(),
                base.budgetUsdByYear(),
                base.partners(),
                floor.notes(),
                base.power(),
                floor.equity());
    }

    static WorkPackage in(String region, WorkPackage w) {
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
}
