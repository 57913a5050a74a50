package dev.crossroads.rebuild.logistics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.rebuild.logistics.LogisticsPlan.Reason;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A segment repaired in month m is used from month m on and never before. */
class RepairTimingTest {
    static final YearMonth REPAIRED = YearMonth.of(2026, 6);

    @ParameterizedTest
    @ValueSource(strings = {"2026-03", "2026-05", "2026-06", "2026-07", "2027-01"})
    void theBridgeCarriesTrucksFromItsRepairMonthOnAndNeverBefore(String month) {
        YearMonth period = YearMonth.parse(month);
        LogisticsProblem p = Fixtures.problem(Fixtures.river(true), period, REPAIRED, "town", 4);
        LogisticsPlan plan = LogisticsPlanner.plan(p);
        assertThat(PlanValidator.violations(p, plan)).isEmpty();
        assertThat(plan.routes()).isNotEmpty();
        boolean usesBridge =
                plan.routes().stream().anyMatch(r -> r.pathSegments().contains("bridge"));
        boolean allUseBridge =
                plan.routes().stream().allMatch(r -> r.pathSegments().contains("bridge"));
        if (period.isBefore(REPAIRED)) {
            assertThat(usesBridge).as("bridge closed in %s", period).isFalse();
            assertThat(plan.routes()).allSatisfy(r -> assertThat(r.distanceKm()).isEqualTo(600.0));
        } else {
            assertThat(allUseBridge)
                    .as("the 20 km bridge beats the 300 km detour in %s", period)
                    .isTrue();
        }
        assertThat(plan.unmet()).isEmpty();
        assertThat(plan.tonnesDelivered()).isEqualTo(100.0);
    }

    @Test
    void withoutADetourTheTownIsCutOffUntilTheRepairAndTheReasonNamesTheBridge() {
        LogisticsPlan before = LogisticsPlanner.plan(
                Fixtures.problem(Fixtures.river(false), YearMonth.of(2026, 5), REPAIRED, "town", 4));
        assertThat(before.routes()).isEmpty();
        assertThat(before.unmet()).singleElement().satisfies(u -> {
            assertThat(u.reason()).isEqualTo(Reason.NO_OPEN_ROAD);
            assertThat(u.detail()).contains("bridge").contains("2026-06");
            assertThat(u.tonnes()).isEqualTo(100.0);
        });
        LogisticsProblem after = Fixtures.problem(Fixtures.river(false), REPAIRED, REPAIRED, "town", 4);
        LogisticsPlan plan = LogisticsPlanner.plan(after);
        assertThat(plan.unmet()).isEmpty();
        assertThat(plan.tonnesDelivered()).isEqualTo(100.0);
        assertThat(PlanValidator.violations(after, plan)).isEmpty();
    }

    @Test
    void aSiteBeyondADaysRoundTripGetsATripOfSeveralDaysRestingOvernight() {
        // issue 13: a round trip had to fit one working day, so a far site (Raqqa) got nothing
        LogisticsProblem p = Fixtures.problem(Fixtures.river(true), REPAIRED, REPAIRED, "far", 1);
        LogisticsPlan plan = LogisticsPlanner.plan(p);
        assertThat(PlanValidator.violations(p, plan)).isEmpty();
        assertThat(plan.unmet()).isEmpty();
        assertThat(plan.routes()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.days()).isBetween(2, LogisticsSettings.DEFAULT_MAX_TRIP_DAYS);
            assertThat(r.stops())
                    .singleElement()
                    .satisfies(s -> assertThat(s.site()).isEqualTo("far"));
            assertThat(r.returnMinute()).isGreaterThan(24 * 60);
        });
        assertThat(plan.assumptions()).anySatisfy(a -> assertThat(a).contains("rests overnight"));
    }

    @Test
    void withTripsOfOneDayAFarSiteIsUnmetForLackOfTime() {
        LogisticsProblem one = Fixtures.problem(Fixtures.river(true), REPAIRED, REPAIRED, "far", 1);
        LogisticsProblem p = new LogisticsProblem(
                one.network(),
                one.schedule(),
                one.period(),
                one.activities(),
                one.materials(),
                one.fleet(),
                one.supplyTrucksPerDay(),
                one.speeds(),
                one.settings().withMaxTripDays(1));
        LogisticsPlan plan = LogisticsPlanner.plan(p);
        assertThat(plan.unmet()).singleElement().satisfies(u -> {
            assertThat(u.reason()).isEqualTo(Reason.NO_TIME);
            assertThat(u.detail()).contains("no trip of up to 1 days");
        });
    }

    @Test
    void aTruckAwayOnAMultiDayTripCannotLeaveAgainBeforeItIsBack() {
        LogisticsProblem p = Fixtures.problem(Fixtures.river(true), REPAIRED, REPAIRED, "far", 1);
        LogisticsPlan plan = LogisticsPlanner.plan(p);
        LogisticsPlan.TruckRoute r = plan.routes().get(0);
        LogisticsPlan.TruckRoute again = new LogisticsPlan.TruckRoute(
                r.truck(),
                r.date().plusDays(1),
                1,
                r.home(),
                r.capacityTonnes(),
                r.departMinute(),
                r.returnMinute(),
                r.stops(),
                r.pathNodes(),
                r.pathSegments(),
                r.roads(),
                r.distanceKm(),
                r.days());
        java.util.List<LogisticsPlan.TruckRoute> both = new java.util.ArrayList<>(plan.routes());
        both.add(again);
        LogisticsPlan twice = new LogisticsPlan(
                plan.period(),
                plan.schedule(),
                plan.fleet(),
                plan.solver(),
                plan.workingDays(),
                both,
                plan.unmet(),
                plan.tonnesDemandedByMaterial(),
                plan.tonnesDeliveredByMaterial(),
                plan.tonnesDemanded(),
                plan.tonnesDelivered(),
                plan.distanceKm(),
                plan.closedSegments(),
                plan.assumptions(),
                plan.solveMillis());
        assertThat(PlanValidator.violations(p, twice))
                .anySatisfy(v -> assertThat(v).contains("before it is back"));
    }

    @Test
    void moreLoadsThanTheFleetCanDriveAreUnmetForLackOfCapacity() {
        // 2 trucks, one 25 t trip a day each over the 300 km detour (8 h round trip with unloading): 26 days x 2 x 25 t
        // = 1,300 t
        LogisticsProblem p = Fixtures.problem(Fixtures.river(true), YearMonth.of(2026, 5), REPAIRED, "town", 80);
        LogisticsPlan plan = LogisticsPlanner.plan(p);
        assertThat(PlanValidator.violations(p, plan)).isEmpty();
        assertThat(plan.unmet())
                .isNotEmpty()
                .allSatisfy(u -> assertThat(u.reason()).isEqualTo(Reason.NO_CAPACITY));
        assertThat(plan.tonnesDelivered()
                        + plan.unmet().stream()
                                .mapToDouble(LogisticsPlan.UnmetDelivery::tonnes)
                                .sum())
                .isCloseTo(2000.0, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void aScheduleByAssetClassAndRegionReopensTheSegment() {
        RepairSchedule byClass = new RepairSchedule(Map.of(), Map.of("bridges@XX-A", REPAIRED), "test");
        var net = Fixtures.river(false);
        var bridge = net.segments().get(0);
        assertThat(byClass.isOpen(bridge, net, YearMonth.of(2026, 5))).isFalse();
        assertThat(byClass.isOpen(bridge, net, REPAIRED)).isTrue();
        assertThat(new RepairSchedule(Map.of(), Map.of("bridges@*", REPAIRED), "t").isOpen(bridge, net, REPAIRED))
                .isTrue();
        assertThat(new RepairSchedule(Map.of(), Map.of("roads@XX-A", REPAIRED), "t").isOpen(bridge, net, REPAIRED))
                .isFalse();
    }
}
