package dev.crossroads.rebuild.programme;

import static dev.crossroads.rebuild.programme.Fixtures.outcome;
import static dev.crossroads.rebuild.programme.Fixtures.solveChecked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * Power scales the service of power-coupled packages: each coupling alone against figures worked out by hand, a
 * property that less power never counts more service, and a plant without gas that the optimiser stops choosing.
 */
class PowerCouplingTest {
    private static final Map<String, Integer> PLENTY = Map.of("b", 100);

    /** A package of 1,000 people x weight 1 in region R1, 6 months, 1 crew, 6 M USD. */
    private static WorkPackage pkg(String id, PowerCoupling power, double population) {
        return new WorkPackage(
                id,
                "R1",
                id.toLowerCase(java.util.Locale.ROOT),
                "health",
                1,
                1,
                1,
                6e6,
                6,
                "b",
                1,
                population,
                1,
                List.of(),
                false,
                power);
    }

    private static Programme programme(int horizon, double budgetPerYear, PowerAvailability power, WorkPackage... ps) {
        int years = (horizon + 11) / 12;
        return new Programme(
                List.of(ps),
                horizon,
                2030,
                PLENTY,
                new ArrayList<>(Collections.nCopies(years, budgetPerYear)),
                List.of(),
                List.of(),
                power);
    }

    private static Map<String, Map<Integer, Double>> r1(double y2030, double y2031) {
        return Map.of("R1", Map.of(2030, y2030, 2031, y2031));
    }

    @Test
    void gridPowerScalesAPowerDependentPackageByTheShareServedEachYear() {
        // H ends in month 6: 6 months of 2030 at 0.5 and 12 months of 2031 at 1.0 -> 1000 x (3 + 12) = 15,000
        // (unscaled 1000 x 18 = 18,000); the gas-fired plant G is untouched by the grid share: 2000 x 18 = 36,000
        PowerAvailability power = new PowerAvailability(r1(0.5, 1.0), Map.of(), "hand-made");
        Plan plan = solveChecked(
                programme(24, 1e12, power, pkg("H", PowerCoupling.GRID, 1000), pkg("G", PowerCoupling.GAS_FUEL, 2000)));
        assertThat(outcome(plan, "H").endMonth()).isEqualTo(6);
        assertThat(outcome(plan, "G").endMonth()).isEqualTo(6);
        assertThat(plan.serviceRestored()).isCloseTo(15_000 + 36_000, within(1e-6));
        assertThat(plan.power().applied()).isTrue();
        assertThat(plan.power().serviceRestoredUnscaled()).isCloseTo(18_000 + 36_000, within(1e-6));
        assertThat(plan.power().packages()).singleElement().satisfies(pp -> {
            assertThat(pp.id()).isEqualTo("H");
            assertThat(pp.coupling()).isEqualTo("grid");
            assertThat(pp.shareByYear()).containsExactly(0.5, 1.0);
            assertThat(pp.serviceCounted()).isCloseTo(15_000, within(1e-6));
            assertThat(pp.serviceUnscaled()).isCloseTo(18_000, within(1e-6));
        });
        // at the end of 2030 both are done: H counts half, so 1000 x 0.5 + 2000 of 3000 people-weight = 83.333%
        assertThat(plan.years().get(0).servicePercentAtYearEnd()).isCloseTo(83.333, within(1e-3));
        assertThat(plan.power().years().get(0).servicePercentUnscaled()).isCloseTo(100.0, within(1e-9));
        assertThat(plan.years().get(1).servicePercentAtYearEnd()).isCloseTo(100.0, within(1e-9));
    }

    @Test
    void fuelScalesAGasFiredPlantByTheShareOfItsCapacityWithGas() {
        // G ends in month 6: 6 months of 2030 at 0.25 and 12 of 2031 at 0 -> 2000 x 1.5 = 3,000; H (grid) is untouched
        PowerAvailability power = new PowerAvailability(Map.of(), r1(0.25, 0.0), "hand-made");
        Plan plan = solveChecked(
                programme(24, 1e12, power, pkg("H", PowerCoupling.GRID, 1000), pkg("G", PowerCoupling.GAS_FUEL, 2000)));
        assertThat(outcome(plan, "H").endMonth()).isEqualTo(6);
        assertThat(plan.serviceRestored()).isCloseTo(18_000 + 3_000, within(1e-6));
        assertThat(plan.power().packages()).singleElement().satisfies(pp -> {
            assertThat(pp.id()).isEqualTo("G");
            assertThat(pp.coupling()).isEqualTo("gas-fuel");
            assertThat(pp.serviceCounted()).isCloseTo(3_000, within(1e-6));
        });
    }

    @Test
    void withoutAPowerInputNothingIsScaled() {
        Plan plan = solveChecked(programme(
                24,
                1e12,
                PowerAvailability.none(),
                pkg("H", PowerCoupling.GRID, 1000),
                pkg("G", PowerCoupling.GAS_FUEL, 2000)));
        assertThat(plan.serviceRestored()).isCloseTo(18_000 + 36_000, within(1e-6));
        assertThat(plan.power().applied()).isFalse();
        assertThat(plan.power().packages()).isEmpty();
        assertThat(plan.power().serviceRestoredUnscaled()).isEqualTo(plan.serviceRestored());
    }

    @Test
    void aPlantWithoutGasIsNoLongerChosen() {
        // the budget pays for one 6 M package in the 12-month horizon: the plant (2,000 people) beats the clinic
        // (1,000)
        // while it has fuel; with no gas its service counts nothing and the clinic is chosen instead
        WorkPackage plant = pkg("G", PowerCoupling.GAS_FUEL, 2000);
        WorkPackage clinic = pkg("C", PowerCoupling.NONE, 1000);
        Plan fuelled = solveChecked(programme(12, 6e6, PowerAvailability.none(), plant, clinic));
        assertThat(outcome(fuelled, "G").selected()).isTrue();
        assertThat(outcome(fuelled, "C").selected()).isFalse();
        PowerAvailability noGas =
                PowerAvailability.sameEveryYear(Map.of(), Map.of("R1", 0.0), 2030, 2030, "no gas reaches R1");
        Plan dry = solveChecked(programme(12, 6e6, noGas, plant, clinic));
        assertThat(outcome(dry, "G").selected()).isFalse();
        assertThat(outcome(dry, "C").selected()).isTrue();
        assertThat(dry.serviceRestored()).isCloseTo(6_000, within(1e-6));
        assertThat(dry.leftOut()).anySatisfy(l -> assertThat(l.id()).isEqualTo("G"));
    }

    @Test
    void aPlantThatNeverGetsGasIsLeftOutEvenWhenMoneyIsPlentiful() {
        PowerAvailability noGas =
                PowerAvailability.sameEveryYear(Map.of(), Map.of("R1", 0.0), 2030, 2031, "no gas reaches R1");
        Plan plan = solveChecked(
                programme(24, 1e12, noGas, pkg("G", PowerCoupling.GAS_FUEL, 2000), pkg("C", PowerCoupling.NONE, 1000)));
        assertThat(outcome(plan, "G").selected()).isFalse();
        assertThat(plan.leftOut()).anySatisfy(l -> {
            assertThat(l.id()).isEqualTo("G");
            assertThat(l.reason()).contains("counts only 0%", "gas");
        });
        assertThat(plan.totalCostUsd()).isEqualTo(6e6);
    }

    @Test
    void aPlantWithoutGasThatAHospitalWaitsForIsDoneOnlyWithTheHospital() {
        PowerAvailability noGas =
                PowerAvailability.sameEveryYear(Map.of(), Map.of("R1", 0.0), 2030, 2031, "no gas reaches R1");
        WorkPackage plant = pkg("G", PowerCoupling.GAS_FUEL, 2000);
        WorkPackage hospital = new WorkPackage(
                "H", "R1", "h", "health", 1, 1, 1, 6e6, 6, "b", 1, 1000, 1, List.of("G"), false, PowerCoupling.NONE);
        // money for both: the plant is done because the hospital that waits for it is worth it
        Plan both = solveChecked(programme(24, 1e12, noGas, plant, hospital));
        assertThat(outcome(both, "G").selected()).isTrue();
        assertThat(outcome(both, "H").selected()).isTrue();
        // money for one package in the horizon: the plant alone would count nothing, so neither is done
        Plan one = solveChecked(programme(12, 6e6, noGas, plant, hospital));
        assertThat(outcome(one, "G").selected()).isFalse();
        assertThat(one.totalCostUsd()).isZero();
    }

    @Test
    void aPowerInputNamingAnUnknownShareIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new PowerAvailability(Map.of("R1", Map.of(2030, 1.5)), Map.of(), ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("R1")
                .hasMessageContaining("between 0 and 1");
    }

    /** For a fixed plan, lowering any share (grid or fuel, any year) never raises the service counted. */
    @Property(tries = 200, seed = "20261208")
    void aLowerShareNeverCountsMoreService(
            @ForAll @Size(6) List<@DoubleRange(min = 0, max = 1) Double> high,
            @ForAll @Size(6) List<@DoubleRange(min = 0, max = 1) Double> cut,
            @ForAll @Size(4) List<@IntRange(min = 0, max = 30) Integer> starts) {
        Map<String, Map<Integer, Double>> hiGrid =
                Map.of("R1", Map.of(2030, high.get(0), 2031, high.get(1), 2032, high.get(2)));
        Map<String, Map<Integer, Double>> hiFuel =
                Map.of("R1", Map.of(2030, high.get(3), 2031, high.get(4), 2032, high.get(5)));
        Map<String, Map<Integer, Double>> loGrid = Map.of(
                "R1",
                Map.of(2030, high.get(0) * cut.get(0), 2031, high.get(1) * cut.get(1), 2032, high.get(2) * cut.get(2)));
        Map<String, Map<Integer, Double>> loFuel = Map.of(
                "R1",
                Map.of(2030, high.get(3) * cut.get(3), 2031, high.get(4) * cut.get(4), 2032, high.get(5) * cut.get(5)));
        WorkPackage[] ps = {
            pkg("A", PowerCoupling.GRID, 1000),
            pkg("B", PowerCoupling.GAS_FUEL, 700),
            pkg("C", PowerCoupling.NONE, 300),
            pkg("D", PowerCoupling.GRID, 50)
        };
        int[] start = starts.stream().mapToInt(Integer::intValue).toArray();
        int[] mode = new int[start.length];
        Programme hi = programme(36, 1e12, new PowerAvailability(hiGrid, hiFuel, ""), ps);
        Programme lo = programme(36, 1e12, new PowerAvailability(loGrid, loFuel, ""), ps);
        double sHi = ProgrammeSolver.service(hi, start, mode);
        double sLo = ProgrammeSolver.service(lo, start, mode);
        assertThat(sLo)
                .as("shares %s cut by %s, starts %s", high, cut, starts)
                .isLessThanOrEqualTo(sHi + 1e-9 * Math.max(1, sHi));
        assertThat(sHi)
                .isLessThanOrEqualTo(
                        ProgrammeSolver.service(programme(36, 1e12, PowerAvailability.none(), ps), start, mode) + 1e-6);
    }
}
