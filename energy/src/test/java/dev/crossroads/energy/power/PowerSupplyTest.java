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
        return new PowerPlant(id, id, region, PlantType.CCGT, availableMw * 2, availableMw, Fuel.GAS, OptionalDouble.of(efficiency),
                Optional.of(node), Status.OPERATING, P);
    }

    static PowerPlant other(String id, String region, double availableMw, Fuel fuel) {
        return new PowerPlant(id, id, region, PlantType.HYDRO, availableMw, availableMw, fuel, OptionalDouble.empty(), Optional.empty(),
                availableMw > 0 ? Status.OPERATING : Status.UNDER_REPAIR, P);
    }

    /**
     * R1: plant a (100 MW, efficiency 0.5) and plant b (300 MW, 0.3) on node n1; R2: a 50 MW dam and plant c
     * (80 MW, 0.4) on node n2, which gets no gas. Calorific value 36 MJ/m3.
     */
    static PowerInputs tiny() {
        return new PowerInputs(
                List.of(gas("a", "CC-R1", 100, 0.5, "n1"), gas("b", "CC-R1", 300, 0.3, "n1"), other("dam", "CC-R2", 50, Fuel.WATER),
                        gas("c", "CC-R2", 80, 0.4, "n2")),
                List.of(new PowerDemand("CC-R1", 2011, 500, P), new PowerDemand("CC-R2", 2011, 40, P)),
                List.of(new PowerConstant("gas_calorific_value_mj_per_m3", 36, "MJ/m3", P)));
    }

    @Test
    void halfTheGasTheNodeNeedsRunsEachOfItsPlantsAtHalfLoad() {
        // one bcm a year = 1e9 m3 x 36 MJ / (8760 h x 3600 s) = 1141.55 MW of heat, so 1 MW of heat = 0.000876 bcm/y
        // a needs 100 / 0.5 = 200 MW of heat = 0.1752 bcm; b needs 300 / 0.3 = 1000 MW of heat = 0.876 bcm; n1 needs 1.0512
        // n1 receives 0.5256 bcm, half of it: a and b both run at 50%: a 50 MW, b 150 MW
        PowerResult r = PowerSupply.compute(tiny(), List.of(), Map.of("n1", 0.5256), 2025);
        assertThat(r.constants().mwPerBcmOfHeat()).isCloseTo(1141.5525, within(1e-4));
        PowerResult.PlantSupply a = r.plant("a").orElseThrow();
        assertThat(a.gasNeededBcm()).isCloseTo(0.1752, within(1e-9));
        assertThat(a.gasAllottedBcm()).isCloseTo(0.0876, within(1e-9));
        assertThat(a.gasUsedBcm()).isCloseTo(0.0876, within(1e-9));
        assertThat(a.sustainedMw()).isCloseTo(50, within(1e-9));
        assertThat(a.limit()).isEqualTo(Limit.FUEL);
        assertThat(a.explanation()).contains("fuel-limited at 50.0 of 100 MW");
        PowerResult.PlantSupply b = r.plant("b").orElseThrow();
        assertThat(b.gasNeededBcm()).isCloseTo(0.876, within(1e-9));
        assertThat(b.sustainedMw()).isCloseTo(150, within(1e-9));
        // c is on n2, which receives nothing; the dam counts at its available MW
        assertThat(r.plant("c").orElseThrow().sustainedMw()).isZero();
        assertThat(r.plant("c").orElseThrow().limit()).isEqualTo(Limit.FUEL);
        assertThat(r.plant("dam").orElseThrow().limit()).isEqualTo(Limit.FUEL_NOT_MODELLED);
        // regions: CC-R1 200 of 500 MW demand = 0.4; CC-R2 50 of 40 = capped at 1
        PowerResult.RegionSupply r1 = r.region("CC-R1").orElseThrow();
        assertThat(r1.availableMw()).isCloseTo(200, within(1e-9));
        assertThat(r1.capacityMw()).isEqualTo(400);
        assertThat(r1.fuelLimitedMw()).isCloseTo(200, within(1e-9));
        assertThat(r1.shareServed().getAsDouble()).isCloseTo(0.4, within(1e-12));
        assertThat(r1.demandYear().getAsInt()).isEqualTo(2011);
        assertThat(r.region("CC-R2").orElseThrow().shareServed().getAsDouble()).isEqualTo(1.0);
        assertThat(r.availableMw()).isCloseTo(250, within(1e-9));
        assertThat(r.demandMw()).isEqualTo(540);
        assertThat(r.shareServed().getAsDouble()).isCloseTo(250.0 / 540, within(1e-12));
        assertThat(r.gasUsedBcm()).isCloseTo(0.5256, within(1e-9));
        assertThat(r.explanation()).anySatisfy(l -> assertThat(l).contains("n1 receives 0.526 bcm").contains("run at 50%"))
                .anySatisfy(l -> assertThat(l).contains("Demand of 2011 is used for 2025"));
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
        PowerPlant broken = new PowerPlant("z", "z", "CC-R1", PlantType.STEAM, 200, 0, Fuel.GAS, OptionalDouble.of(0.35), Optional.of("n1"),
                Status.DAMAGED, P);
        PowerInputs with = new PowerInputs(concat(in.plants(), broken), in.demand(), in.constants());
        PowerResult r = PowerSupply.compute(with, List.of(), Map.of("n1", 0.5256), 2025);
        assertThat(r.plant("z").orElseThrow().limit()).isEqualTo(Limit.NO_CAPACITY);
        assertThat(r.plant("z").orElseThrow().gasUsedBcm()).isZero();
        assertThat(r.plant("b").orElseThrow().sustainedMw()).isCloseTo(150, within(1e-9));
    }

    @Test
    void gasPlantsWithoutACalorificValueAreAnError() {
        PowerInputs in = tiny();
        PowerInputs none = new PowerInputs(in.plants(), in.demand(), List.of());
        assertThatThrownBy(() -> PowerSupply.compute(none, List.of(), Map.of(), 2025)).isInstanceOf(EnergyException.class)
                .hasMessageContaining("gas_calorific_value_mj_per_m3");
    }

    @Test
    void aRegionWithoutDemandHasNoShareRatherThanZero() {
        PowerInputs in = tiny();
        PowerResult r = PowerSupply.compute(new PowerInputs(in.plants(), List.of(), in.constants()), List.of(), Map.of(), 2025);
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
