package dev.crossroads.energy.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.crossroads.core.Confidence;
import dev.crossroads.core.Provenance;
import dev.crossroads.core.power.PowerConstant;
import dev.crossroads.core.power.PowerDemand;
import dev.crossroads.core.power.PowerInputs;
import dev.crossroads.core.power.PowerPlant;
import dev.crossroads.core.power.PowerPlant.Fuel;
import dev.crossroads.core.power.PowerPlant.PlantType;
import dev.crossroads.core.power.PowerPlant.Status;
import dev.crossroads.energy.EnergyException;
import dev.crossroads.energy.power.PowerResult.Limit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Gas to MW on a tiny hand-made pack, every figure worked out by hand. */
class PowerSupplyTest {
    static final Provenance P = new Provenance(List.of("s1"), Confidence.REPORTED, "");

    static PowerPlant gas(String id, String region, double availableMw, double efficiency, String node) {
        return new PowerPlant(
                id,
                id,
                region,
                PlantType.CCGT,
                availableMw * 2,
                availableMw,
                Fuel.GAS,
                OptionalDouble.of(efficiency),
                Optional.of(node),
                Status.OPERATING,
                P);
    }

    static PowerPlant other(String id, String region, double availableMw, Fuel fuel) {
        return new PowerPlant(
                id,
                id,
                region,
                PlantType.HYDRO,
                availableMw,
                availableMw,
                fuel,
                OptionalDouble.empty(),
                Optional.empty(),
                availableMw > 0 ? Status.OPERATING : Status.UNDER_REPAIR,
                P);
    }

    /**
     * R1: plant a (100 MW, efficiency 0.5) and plant b (300 MW, 0.3) on node n1; R2: a 50 MW dam and plant c
     * (80 MW, 0.4) on node n2, which gets no gas. Calorific value 36 MJ/m3.
     */
    static PowerInputs tiny() {
        return new PowerInputs(
                List.of(
                        gas("a", "CC-R1", 100, 0.5, "n1"),
                        gas("b", "CC-R1", 300, 0.3, "n1"),
                        other("dam", "CC-R2", 50, Fuel.WATER),
                        gas("c", "CC-R2", 80, 0.4, "n2")),
                List.of(new PowerDemand("CC-R1", 2011, 500, P), new PowerDemand("CC-R2", 2011, 40, P)),
                List.of(new PowerConstant("gas_calorific_value_mj_per_m3", 36, "MJ/m3", P)));
    }

    @Test
    void halfTheGasTheNodeNeedsGoesToTheMostEfficientPlantFirst() {
        // one bcm a year = 1e9 m3 x 36 MJ / (8760 h x 3600 s) = 1141.55 MW of heat, so 1 MW of heat = 0.000876 bcm/y
        // a needs 100 / 0.5 = 200 MW of heat = 0.1752 bcm; b needs 300 / 0.3 = 1000 MW of heat = 0.876 bcm; n1 needs
        // 1.0512
        // n1 receives 0.5256 bcm, half of it. a (0.5) is more efficient than b (0.3), so it runs first and in full:
        // a 100 MW on 0.1752 bcm; b gets the other 0.3504 bcm: 0.3504 x 1141.55 x 0.3 = 120 MW of its 300
        PowerResult r = PowerSupply.compute(tiny(), List.of(), Map.of("n1", 0.5256), 2025);
        assertThat(r.constants().mwPerBcmOfHeat()).isCloseTo(1141.5525, within(1e-4));
        PowerResult.PlantSupply a = r.plant("a").orElseThrow();
        assertThat(a.gasNeededBcm()).isCloseTo(0.1752, within(1e-9));
        assertThat(a.gasUsedBcm()).isCloseTo(0.1752, within(1e-9));
        assertThat(a.sustainedMw()).isCloseTo(100, within(1e-9));
        assertThat(a.limit()).isEqualTo(Limit.CAPACITY);
        PowerResult.PlantSupply b = r.plant("b").orElseThrow();
        assertThat(b.gasNeededBcm()).isCloseTo(0.876, within(1e-9));
        assertThat(b.gasAllottedBcm()).isCloseTo(0.3504, within(1e-9));
        assertThat(b.sustainedMw()).isCloseTo(120, within(1e-9));
        assertThat(b.loadFactor()).isCloseTo(0.4, within(1e-12));
        assertThat(b.limit()).isEqualTo(Limit.FUEL);
        assertThat(b.explanation()).contains("fuel-limited at 120.0 of 300 MW").contains("2nd in merit order");
        // c is on n2, which receives nothing; the dam counts at its available MW
        assertThat(r.plant("c").orElseThrow().sustainedMw()).isZero();
        assertThat(r.plant("c").orElseThrow().limit()).isEqualTo(Limit.FUEL);
        assertThat(r.plant("dam").orElseThrow().limit()).isEqualTo(Limit.FUEL_NOT_MODELLED);
        // regions: CC-R1 220 of 500 MW demand = 0.44; CC-R2 50 of 40 = capped at 1
        PowerResult.RegionSupply r1 = r.region("CC-R1").orElseThrow();
        assertThat(r1.availableMw()).isCloseTo(220, within(1e-9));
        assertThat(r1.capacityMw()).isEqualTo(400);
        assertThat(r1.fuelLimitedMw()).isCloseTo(180, within(1e-9));
        assertThat(r1.shareServed().getAsDouble()).isCloseTo(0.44, within(1e-12));
        assertThat(r1.demandYear().getAsInt()).isEqualTo(2011);
        assertThat(r.region("CC-R2").orElseThrow().shareServed().getAsDouble()).isEqualTo(1.0);
        assertThat(r.availableMw()).isCloseTo(270, within(1e-9));
        assertThat(r.demandMw()).isEqualTo(540);
        assertThat(r.shareServed().getAsDouble()).isCloseTo(270.0 / 540, within(1e-12));
        assertThat(r.gasUsedBcm()).isCloseTo(0.5256, within(1e-9));
        assertThat(r.nodes().get(0).plants()).containsExactly("a", "b");
        assertThat(r.explanation())
                .anySatisfy(l ->
                        assertThat(l).contains("n1 receives 0.526 bcm").contains("a 0.175 of 0.175, b 0.350 of 0.876"))
                .anySatisfy(l -> assertThat(l).contains("Demand of 2011 is used for 2025"));
    }

    @Test
    void plantsOfEqualEfficiencyShareTheGasInProportionToNeed() {
        PowerInputs in = new PowerInputs(
                List.of(gas("p", "CC-R1", 100, 0.4, "n1"), gas("q", "CC-R1", 300, 0.4, "n1")),
                List.of(),
                tiny().constants());
        // p needs 250 MW of heat, q 750: 1000 MW of heat = 0.876 bcm; a quarter of it runs both at 25%
        PowerResult r = PowerSupply.compute(in, List.of(), Map.of("n1", 0.219), 2025);
        assertThat(r.plant("p").orElseThrow().sustainedMw()).isCloseTo(25, within(1e-9));
        assertThat(r.plant("q").orElseThrow().sustainedMw()).isCloseTo(75, within(1e-9));
    }

    @Test
    void moreGasThanTheNodeNeedsRunsEveryPlantAtItsAvailableMwAndLeavesTheRestUnburnt() {
        PowerResult r = PowerSupply.compute(tiny(), List.of(), Map.of("n1", 2.0, "n2", 0.5), 2025);
        assertThat(r.plant("a").orElseThrow().sustainedMw()).isEqualTo(100);
        assertThat(r.plant("a").orElseThrow().limit()).isEqualTo(Limit.CAPACITY);
        assertThat(r.plant("b").orElseThrow().sustainedMw()).isEqualTo(300);
        // c needs 80 / 0.4 = 200 MW of heat = 0.1752 bcm
        assertThat(r.plant("c").orElseThrow().gasUsedBcm()).isCloseTo(0.1752, within(1e-9));
        PowerResult.NodeGas n1 = r.nodes().get(0);
        assertThat(n1.node()).isEqualTo("n1");
        assertThat(n1.unusedBcm()).isCloseTo(2.0 - 1.0512, within(1e-9));
        assertThat(r.availableMw()).isCloseTo(530, within(1e-9));
    }

    @Test
    void aPlantWithNoAvailableMwBurnsNothingAndTheOthersOnItsNodeGetTheGas() {
        PowerInputs in = tiny();
        PowerPlant broken = new PowerPlant(
                "z",
                "z",
                "CC-R1",
                PlantType.STEAM,
                200,
                0,
                Fuel.GAS,
                OptionalDouble.of(0.35),
                Optional.of("n1"),
                Status.DAMAGED,
                P);
        PowerInputs with = new PowerInputs(concat(in.plants(), broken), in.demand(), in.constants());
        PowerResult r = PowerSupply.compute(with, List.of(), Map.of("n1", 0.5256), 2025);
        assertThat(r.plant("z").orElseThrow().limit()).isEqualTo(Limit.NO_CAPACITY);
        assertThat(r.plant("z").orElseThrow().gasUsedBcm()).isZero();
        assertThat(r.plant("b").orElseThrow().sustainedMw()).isCloseTo(120, within(1e-9));
    }

    @Test
    void aRepairedGasPlantAddsMwOnlyIfGasReachesIt() {
        PowerInputs in = tiny();
        Map<String, Double> gas = Map.of("n1", 0.5256);
        PowerResult before = PowerSupply.compute(in, List.of(), gas, 2025);
        // c doubles to 160 MW on n2, which receives no gas: its region gains nothing
        List<PowerPlant> repaired = in.plants().stream()
                .map(p -> p.id().equals("c") ? p.withAvailableMw(160, Status.OPERATING) : p)
                .toList();
        PowerResult after = PowerSupply.compute(in.withPlants(repaired), List.of(), gas, 2025);
        assertThat(after.availableMw("CC-R2")).isEqualTo(before.availableMw("CC-R2"));
        // with gas at n2 it runs: 160 MW needs 160 / 0.4 = 400 MW of heat = 0.3504 bcm
        PowerResult fed =
                PowerSupply.compute(in.withPlants(repaired), List.of(), Map.of("n1", 0.5256, "n2", 0.3504), 2025);
        assertThat(fed.plant("c").orElseThrow().sustainedMw()).isCloseTo(160, within(1e-9));
        // at a fuel-limited node, more capacity at the less efficient plant adds nothing: b 300 -> 600 MW still gets
        // the
        // 0.3504 bcm a leaves, 120 MW; more capacity at the more efficient plant takes gas from b and adds MW:
        // a 100 -> 200 MW burns 0.3504 bcm for 200 MW, b gets 0.1752 bcm: 60 MW; 260 MW in all, up from 220
        List<PowerPlant> bigger = in.plants().stream()
                .map(p -> p.id().equals("b") ? p.withAvailableMw(600, Status.OPERATING) : p)
                .toList();
        PowerResult moreB = PowerSupply.compute(in.withPlants(bigger), List.of(), gas, 2025);
        assertThat(moreB.availableMw("CC-R1")).isCloseTo(before.availableMw("CC-R1"), within(1e-9));
        List<PowerPlant> biggerA = in.plants().stream()
                .map(p -> p.id().equals("a") ? p.withAvailableMw(200, Status.OPERATING) : p)
                .toList();
        PowerResult moreA = PowerSupply.compute(in.withPlants(biggerA), List.of(), gas, 2025);
        assertThat(moreA.availableMw("CC-R1")).isCloseTo(260, within(1e-9));
    }

    @Test
    void gasPlantsWithoutACalorificValueAreAnError() {
        PowerInputs in = tiny();
        PowerInputs none = new PowerInputs(in.plants(), in.demand(), List.of());
        assertThatThrownBy(() -> PowerSupply.compute(none, List.of(), Map.of(), 2025))
                .isInstanceOf(EnergyException.class)
                .hasMessageContaining("gas_calorific_value_mj_per_m3");
    }

    @Test
    void withoutGasPlantsNoCalorificValueIsNeeded() {
        PowerInputs hydro = new PowerInputs(List.of(other("dam", "CC-R2", 50, Fuel.WATER)), List.of(), List.of());
        PowerResult r = PowerSupply.compute(hydro, List.of(), Map.of(), 2025);
        assertThat(r.constants().stated()).isFalse();
        assertThat(r.constants().mwPerBcmOfHeat()).isZero();
        assertThat(r.availableMw()).isEqualTo(50);
    }

    @Test
    void aRegionWithoutDemandHasNoShareRatherThanZero() {
        PowerInputs in = tiny();
        PowerResult r =
                PowerSupply.compute(new PowerInputs(in.plants(), List.of(), in.constants()), List.of(), Map.of(), 2025);
        assertThat(r.region("CC-R1").orElseThrow().demandMw()).isEmpty();
        assertThat(r.region("CC-R1").orElseThrow().shareServed()).isEmpty();
        assertThat(r.shareServed()).isEmpty();
    }

    static <T> List<T> concat(List<T> a, T b) {
        java.util.ArrayList<T> out = new java.util.ArrayList<>(a);
        out.add(b);
        return out;
    }
}
