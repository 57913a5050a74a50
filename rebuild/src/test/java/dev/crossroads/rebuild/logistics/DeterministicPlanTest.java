package dev.crossroads.rebuild.logistics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.core.roads.RoadNetwork;
import dev.crossroads.core.roads.RoadNode;
import dev.crossroads.core.roads.RoadSegment;
import dev.crossroads.rebuild.vrp.VrpBudget;
import dev.crossroads.rebuild.vrp.VrpSolvers;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * With an iteration budget per day the month's plan is a function of its inputs: planned twice, every solver the
 * planner drives gives the same routes, the same loads left over and the same totals (the wall limit is far away, so
 * the machine's load cannot stop a solve early).
 */
class DeterministicPlanTest {
    static final YearMonth MAY = YearMonth.of(2026, 5);

    static List<String> solvers() {
        return VrpSolvers.NAMES;
    }

    /**
     * A port and a depot with roads to eight towns on a ring: enough sites and loads that each day's routing has
     * choices (which truck, which order), and more loads than the trucks carry in some days.
     */
    static LogisticsProblem ring(String solver, long iterations) {
        List<RoadNode> nodes = new ArrayList<>(List.of(
                Fixtures.node("port", RoadNode.Kind.PORT, 35.0, 36.0),
                Fixtures.node("depot", RoadNode.Kind.JUNCTION, 35.4, 36.4)));
        List<RoadSegment> segs = new ArrayList<>();
        List<WorkActivity> work = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String town = "town" + i;
            nodes.add(Fixtures.node(town, RoadNode.Kind.CITY, 35.0 + 0.1 * i, 36.2 + 0.05 * (i % 3)));
            segs.add(Fixtures.seg("s" + i, "port", town, 30 + 11 * i, RoadSegment.State.OPEN, null));
            segs.add(Fixtures.seg("d" + i, "depot", town, 25 + 7 * ((i * 5) % 8), RoadSegment.State.OPEN, null));
            segs.add(Fixtures.seg(
                    "r" + i, town, "town" + ((i + 1) % 8), 12 + 3 * ((i * 3) % 5), RoadSegment.State.OPEN, null));
            work.add(new WorkActivity("XX-A/housing-" + i, "XX-A", "housing", town, 3 + (i % 4)));
        }
        List<Truck> trucks = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            trucks.add(new Truck("p" + i, "port", 25, 5 * 60, 21 * 60));
            trucks.add(new Truck("d" + i, "depot", 20, 6 * 60, 18 * 60));
        }
        return new LogisticsProblem(
                new RoadNetwork(nodes, segs),
                new RepairSchedule(Map.of(), Map.of(), "test"),
                MAY,
                work,
                Fixtures.cement(15),
                new Fleet(trucks, "test fleet"),
                Map.of("port", 4, "depot", 3),
                Speeds.DEFAULT,
                Fixtures.settings().withSolver(solver, VrpBudget.iterations(iterations, Fixtures.OUTER)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("solvers")
    void theSamePlanTwiceAtASmallIterationBudget(String solver) {
        LogisticsProblem problem = ring(solver, 20);
        LogisticsPlan first = LogisticsPlanner.plan(problem);
        LogisticsPlan second = LogisticsPlanner.plan(problem);

        assertThat(PlanValidator.violations(problem, first)).isEmpty();
        assertThat(first.routes()).isNotEmpty();
        assertThat(second.routes()).isEqualTo(first.routes());
        assertThat(second.unmet()).isEqualTo(first.unmet());
        assertThat(second.tonnesDelivered()).isEqualTo(first.tonnesDelivered());
        assertThat(second.distanceKm()).isEqualTo(first.distanceKm());
        assertThat(second.solver()).isEqualTo(first.solver());
        assertThat(first.assumptions())
                .anySatisfy(a -> assertThat(a).contains("20 iterations").contains("the same plan on every run"));
    }
}
