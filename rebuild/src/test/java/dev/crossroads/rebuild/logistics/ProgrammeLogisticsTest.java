package dev.crossroads.rebuild.logistics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.core.rebuild.Damage;
import dev.crossroads.core.rebuild.RebuildInputs;
import dev.crossroads.core.rebuild.Region;
import dev.crossroads.core.roads.RoadNetwork;
import dev.crossroads.rebuild.programme.Plan;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The programme's schedule drives the road graph: a segment opens the month after its package finishes. */
class ProgrammeLogisticsTest {
    static Plan.PackageOutcome pkg(String id, String assetClass, boolean selected, int start, int end) {
        return new Plan.PackageOutcome(
                id,
                "XX-A",
                assetClass,
                "INF",
                selected,
                selected ? "national" : "",
                selected ? start : -1,
                selected ? end : -1,
                "",
                "",
                1e6,
                end - start,
                "civil",
                1,
                1000,
                selected ? "none" : "left-out",
                "");
    }

    /** Programme from January 2026: bridges in two phases (months 0-2 and 3-4), housing in months 2-7. */
    static Plan plan(boolean secondBridgePhase) {
        List<Plan.PackageOutcome> ps = List.of(
                pkg("XX-A/bridges#1", "bridges", true, 0, 3),
                pkg("XX-A/bridges#2", "bridges", secondBridgePhase, 3, 5),
                pkg("XX-A/housing", "housing", true, 2, 8));
        return new Plan(
                "feasible",
                24,
                2026,
                0,
                0,
                0,
                3,
                3,
                8,
                "2026-08",
                ps,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                new Plan.SolveStats("feasible", 1, 1, 1, 1, 0, 1),
                List.of());
    }

    static RebuildInputs inputs() {
        Region r = new Region(
                "XX-A", "Region A", "SYR", "town", 35.1, 36.1, OptionalDouble.empty(), 100_000, 2024, Fixtures.P);
        return new RebuildInputs(
                List.of(r),
                List.of(),
                List.of(
                        new Damage("XX-A", "housing", 30, 48, 60, Fixtures.P),
                        new Damage("XX-A", "bridges", 2, 4, 6, Fixtures.P)),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    @Test
    void theOneBridgeOfTwoPhasesIsRepairedByTheLastAndReopensTheMonthAfterIt() {
        RoadNetwork net = Fixtures.river(true);
        RepairSchedule s = ProgrammeLogistics.schedule(plan(true), net, "run base");
        assertThat(s.repairedBy("bridge")).contains("XX-A/bridges#2");
        var bridge = net.segments().get(0);
        assertThat(s.reopens(bridge, net)).contains(YearMonth.of(2026, 6));
        assertThat(s.isOpen(bridge, net, YearMonth.of(2026, 5))).isFalse();
        assertThat(s.isOpen(bridge, net, YearMonth.of(2026, 6))).isTrue();
        assertThat(s.origin()).contains("programme run base", "2026-01");
    }

    @Test
    void aSegmentWhosePackageIsLeftOutNeverReopens() {
        RoadNetwork net = Fixtures.river(true);
        RepairSchedule s = ProgrammeLogistics.schedule(plan(false), net, "run lean");
        assertThat(s.repairedBy("bridge")).contains("XX-A/bridges#2");
        assertThat(s.reopens(net.segments().get(0), net)).isEmpty();
        assertThat(s.isOpen(net.segments().get(0), net, YearMonth.of(2030, 1))).isFalse();
    }

    @Test
    void segmentsAreSpreadOverThePhasesInFileOrder() {
        RoadNetwork one = Fixtures.river(true);
        List<dev.crossroads.core.roads.RoadSegment> segs = new ArrayList<>(one.segments());
        segs.add(Fixtures.seg(
                "bridge-2",
                "town",
                "junction",
                5,
                dev.crossroads.core.roads.RoadSegment.State.DESTROYED_BRIDGE,
                "bridges"));
        segs.add(Fixtures.seg(
                "bridge-3",
                "junction",
                "port",
                5,
                dev.crossroads.core.roads.RoadSegment.State.DESTROYED_BRIDGE,
                "bridges"));
        RoadNetwork net = new RoadNetwork(one.nodes(), segs);
        Map<String, Plan.PackageOutcome> repairs = ProgrammeLogistics.repairs(plan(true), net);
        // three segments over two phases: ceil(1*2/3) = 1, ceil(2*2/3) = 2, ceil(3*2/3) = 2
        assertThat(repairs.get("bridge").id()).isEqualTo("XX-A/bridges#1");
        assertThat(repairs.get("bridge-2").id()).isEqualTo("XX-A/bridges#2");
        assertThat(repairs.get("bridge-3").id()).isEqualTo("XX-A/bridges#2");
    }

    @Test
    void onlyPackagesUnderWayInTheMonthNeedMaterialsAtTheirUnitsPerMonth() {
        RoadNetwork net = Fixtures.river(true);
        Plan plan = plan(true);
        RepairSchedule s = ProgrammeLogistics.schedule(plan, net, "run base");
        assertThat(ProgrammeLogistics.activities(plan, inputs(), net, s, YearMonth.of(2026, 1)))
                .extracting(WorkActivity::workPackage)
                .containsExactly("XX-A/bridges#1");
        List<WorkActivity> april = ProgrammeLogistics.activities(plan, inputs(), net, s, YearMonth.of(2026, 4));
        assertThat(april).extracting(WorkActivity::workPackage).containsExactly("XX-A/bridges#2", "XX-A/housing");
        WorkActivity bridgeWork = april.get(0);
        assertThat(bridgeWork.site())
                .as("the near end of the bridge it repairs")
                .isEqualTo("port");
        assertThat(bridgeWork.unitsPerMonth()).isEqualTo(4.0 / 2 / 2); // 4 bridges, 2 phases, 2 months
        WorkActivity housing = april.get(1);
        assertThat(housing.site()).as("the region's main city").isEqualTo("town");
        assertThat(housing.unitsPerMonth()).isEqualTo(48.0 / 6);
        assertThat(ProgrammeLogistics.activities(plan, inputs(), net, s, YearMonth.of(2026, 9)))
                .isEmpty();
        // months 2-4 have two packages under way (bridges#1 or #2 beside housing); the first of them wins
        assertThat(ProgrammeLogistics.busiestMonth(plan)).isEqualTo(YearMonth.of(2026, 3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03", "2026-05", "2026-06", "2026-08"})
    void trucksCrossTheBridgeFromTheMonthTheProgrammeReopensItAndNeverBefore(String month) {
        YearMonth period = YearMonth.parse(month);
        RoadNetwork net = Fixtures.river(true);
        Plan plan = plan(true);
        RepairSchedule s = ProgrammeLogistics.schedule(plan, net, "run base");
        List<WorkActivity> work = ProgrammeLogistics.activities(plan, inputs(), net, s, period).stream()
                .filter(a -> a.assetClass().equals("housing"))
                .toList();
        LogisticsProblem p = new LogisticsProblem(
                net,
                s,
                period,
                work,
                Fixtures.cement(12.5),
                Fixtures.fleet(2),
                Map.of("port", 100),
                Speeds.DEFAULT,
                Fixtures.settings());
        LogisticsPlan result = LogisticsPlanner.plan(p);
        assertThat(PlanValidator.violations(p, result)).isEmpty();
        assertThat(result.tonnesDelivered()).isEqualTo(100.0); // 8 units a month x 12.5 t
        boolean usesBridge =
                result.routes().stream().anyMatch(r -> r.pathSegments().contains("bridge"));
        assertThat(usesBridge).as("bridge in %s", period).isEqualTo(!period.isBefore(YearMonth.of(2026, 6)));
        if (period.isBefore(YearMonth.of(2026, 6))) {
            assertThat(result.closedSegments()).singleElement().satisfies(c -> {
                assertThat(c.reopens()).isEqualTo("2026-06");
                assertThat(c.repairedBy()).isEqualTo("XX-A/bridges#2");
            });
        }
    }
}
