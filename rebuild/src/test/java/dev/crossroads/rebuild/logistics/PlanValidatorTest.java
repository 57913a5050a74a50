package dev.crossroads.rebuild.logistics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.rebuild.logistics.LogisticsPlan.Load;
import dev.crossroads.rebuild.logistics.LogisticsPlan.Stop;
import dev.crossroads.rebuild.logistics.LogisticsPlan.TruckRoute;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The validator catches each kind of broken plan (derived from a valid one by one change). */
class PlanValidatorTest {
    static final YearMonth MAY = YearMonth.of(2026, 5);
    final LogisticsProblem problem = Fixtures.problem(Fixtures.river(true), MAY, YearMonth.of(2026, 6), "town", 2);
    final LogisticsPlan plan = LogisticsPlanner.plan(problem);

    LogisticsPlan withFirstRoute(UnaryOperator<TruckRoute> change) {
        List<TruckRoute> routes = new ArrayList<>(plan.routes());
        routes.set(0, change.apply(routes.get(0)));
        return new LogisticsPlan(
                plan.period(),
                plan.schedule(),
                plan.fleet(),
                plan.solver(),
                plan.workingDays(),
                routes,
                plan.unmet(),
                plan.tonnesDemandedByMaterial(),
                plan.tonnesDeliveredByMaterial(),
                plan.tonnesDemanded(),
                plan.tonnesDelivered(),
                plan.distanceKm(),
                plan.closedSegments(),
                plan.assumptions(),
                plan.solveMillis());
    }

    @Test
    void theUntouchedPlanIsValid() {
        assertThat(plan.routes()).isNotEmpty();
        assertThat(PlanValidator.violations(problem, plan)).isEmpty();
    }

    @Test
    void aRouteOverTheBridgeBeforeItsRepairIsCaught() {
        LogisticsPlan broken = withFirstRoute(r -> new TruckRoute(
                r.truck(),
                r.date(),
                r.trip(),
                r.home(),
                r.capacityTonnes(),
                r.departMinute(),
                r.departMinute() + 2 * 20 / 50.0 * 60 + 45,
                List.of(new Stop("town", "town", 1, 360, 405, r.stops().get(0).loads())),
                List.of("port", "town", "port"),
                List.of("bridge", "bridge"),
                r.roads(),
                40));
        assertThat(PlanValidator.violations(problem, broken)).anyMatch(v -> v.contains("uses bridge"));
    }

    @Test
    void anOverloadedTruckIsCaught() {
        LogisticsPlan broken = withFirstRoute(r -> {
            Stop s = r.stops().get(0);
            List<Load> loads = new ArrayList<>(s.loads());
            loads.add(new Load("extra", "steel", 10));
            return new TruckRoute(
                    r.truck(),
                    r.date(),
                    r.trip(),
                    r.home(),
                    r.capacityTonnes(),
                    r.departMinute(),
                    r.returnMinute() + 45,
                    List.of(new Stop(
                            s.site(), s.siteName(), s.pathIndex(), s.arrivalMinute(), s.departureMinute() + 45, loads)),
                    r.pathNodes(),
                    r.pathSegments(),
                    r.roads(),
                    r.distanceKm());
        });
        assertThat(PlanValidator.violations(problem, broken)).anyMatch(v -> v.contains("more than its 25.00 t"));
    }

    @Test
    void aMisstatedArrivalAndALateReturnAreCaught() {
        LogisticsPlan broken = withFirstRoute(r -> new TruckRoute(
                r.truck(),
                r.date(),
                r.trip(),
                r.home(),
                r.capacityTonnes(),
                r.departMinute(),
                r.returnMinute() - 60,
                r.stops(),
                r.pathNodes(),
                r.pathSegments(),
                r.roads(),
                r.distanceKm()));
        assertThat(PlanValidator.violations(problem, broken)).anyMatch(v -> v.contains("return stated"));
    }

    @Test
    void aDeliveryThatVanishesBreaksTheBalance() {
        LogisticsPlan broken = withFirstRoute(r -> new TruckRoute(
                r.truck(),
                r.date(),
                r.trip(),
                r.home(),
                r.capacityTonnes(),
                r.departMinute(),
                r.returnMinute(),
                List.of(),
                r.pathNodes(),
                r.pathSegments(),
                r.roads(),
                r.distanceKm()));
        assertThat(PlanValidator.violations(problem, broken)).anyMatch(v -> v.contains("differs from the demand"));
    }

    @Test
    void aPathWithAGapIsCaught() {
        LogisticsPlan broken = withFirstRoute(r -> new TruckRoute(
                r.truck(),
                r.date(),
                r.trip(),
                r.home(),
                r.capacityTonnes(),
                r.departMinute(),
                r.returnMinute(),
                r.stops(),
                r.pathNodes(),
                r.pathSegments().stream()
                        .map(s -> s.equals("detour-2") ? "far-road" : s)
                        .toList(),
                r.roads(),
                r.distanceKm()));
        assertThat(PlanValidator.violations(problem, broken)).anyMatch(v -> v.contains("does not join"));
    }

    @Test
    void overlappingTripsOfOneTruckAreCaught() {
        TruckRoute first = plan.routes().get(0);
        List<TruckRoute> routes = new ArrayList<>(plan.routes());
        routes.add(new TruckRoute(
                first.truck(),
                first.date(),
                first.trip() + 1,
                first.home(),
                first.capacityTonnes(),
                first.departMinute(),
                first.returnMinute(),
                List.of(),
                first.pathNodes(),
                first.pathSegments(),
                first.roads(),
                first.distanceKm()));
        LogisticsPlan broken = new LogisticsPlan(
                plan.period(),
                plan.schedule(),
                plan.fleet(),
                plan.solver(),
                plan.workingDays(),
                routes,
                plan.unmet(),
                plan.tonnesDemandedByMaterial(),
                plan.tonnesDeliveredByMaterial(),
                plan.tonnesDemanded(),
                plan.tonnesDelivered(),
                plan.distanceKm(),
                plan.closedSegments(),
                plan.assumptions(),
                plan.solveMillis());
        assertThat(PlanValidator.violations(problem, broken))
                .anyMatch(v -> v.contains("before the truck can be loaded"));
    }
}
