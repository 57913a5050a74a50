package dev.crossroads.energy.power;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.core.Confidence;
import dev.crossroads.core.Provenance;
import dev.crossroads.core.power.PowerConstant;
import dev.crossroads.core.power.PowerDemand;
import dev.crossroads.core.power.PowerInputs;
import dev.crossroads.core.power.PowerPlant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** More gas never yields less power: per plant, per region and in total (jqwik prints the seed of a failing case). */
class PowerSupplyPropertiesTest {
    static final Provenance P = new Provenance(List.of("s1"), Confidence.REPORTED, "");
    static final String[] NODES = {"n0", "n1", "n2"};
    static final String[] REGIONS = {"CC-R0", "CC-R1", "CC-R2", "CC-R3"};

    static PowerInputs random(Random r) {
        List<PowerPlant> plants = new ArrayList<>();
        int n = 1 + r.nextInt(8);
        for (int i = 0; i < n; i++) {
            double installed = r.nextInt(1000);
            double available = r.nextInt(3) == 0 ? 0 : installed * r.nextDouble();
            boolean gas = r.nextInt(4) != 0;
            plants.add(new PowerPlant(
                    "p" + i,
                    "p" + i,
                    REGIONS[r.nextInt(REGIONS.length)],
                    PowerPlant.PlantType.values()[r.nextInt(8)],
                    installed,
                    available,
                    gas ? PowerPlant.Fuel.GAS : PowerPlant.Fuel.WATER,
                    gas ? OptionalDouble.of(0.05 + 0.95 * r.nextDouble()) : OptionalDouble.empty(),
                    gas ? Optional.of(NODES[r.nextInt(NODES.length)]) : Optional.empty(),
                    available > 0 ? PowerPlant.Status.OPERATING : PowerPlant.Status.DAMAGED,
                    P));
        }
        List<PowerDemand> demand = new ArrayList<>();
        for (String region : REGIONS) {
            if (r.nextBoolean()) {
                demand.add(new PowerDemand(region, 2011, r.nextInt(2000), P));
            }
        }
        return new PowerInputs(
                plants,
                demand,
                List.of(new PowerConstant("gas_calorific_value_mj_per_m3", 30 + 10 * r.nextDouble(), "MJ/m3", P)));
    }

    @Property(tries = 300, seed = "20261208")
    void moreGasNeverYieldsLessPower(@ForAll long seed) {
        Random r = new Random(seed);
        PowerInputs in = random(r);
        Map<String, Double> less = new HashMap<>();
        Map<String, Double> more = new HashMap<>();
        for (String node : NODES) {
            if (r.nextInt(4) == 0) {
                continue; // a node that receives nothing in the smaller case
            }
            double g = 2 * r.nextDouble();
            less.put(node, g);
            more.put(node, g + (r.nextBoolean() ? 0 : 2 * r.nextDouble()));
        }
        if (r.nextBoolean()) {
            more.put("n0", more.getOrDefault("n0", 0.0) + 1);
        }
        PowerResult a = PowerSupply.compute(in, List.of(), less, 2025);
        PowerResult b = PowerSupply.compute(in, List.of(), more, 2025);
        String why = "seed " + seed;
        double eps = 1e-9;
        for (PowerResult.PlantSupply p : a.plants()) {
            PowerResult.PlantSupply q = b.plant(p.id()).orElseThrow();
            assertThat(q.sustainedMw()).as(why + " plant " + p.id()).isGreaterThanOrEqualTo(p.sustainedMw() - eps);
            assertThat(q.sustainedMw())
                    .as(why + " plant " + p.id() + " within its available MW")
                    .isLessThanOrEqualTo(q.availableMw() + eps);
        }
        for (PowerResult.RegionSupply x : a.regions()) {
            PowerResult.RegionSupply y = b.region(x.region()).orElseThrow();
            assertThat(y.availableMw()).as(why + " region " + x.region()).isGreaterThanOrEqualTo(x.availableMw() - eps);
            if (x.shareServed().isPresent()) {
                assertThat(y.shareServed().getAsDouble())
                        .as(why + " share " + x.region())
                        .isGreaterThanOrEqualTo(x.shareServed().getAsDouble() - eps)
                        .isLessThanOrEqualTo(1.0);
            }
        }
        assertThat(b.availableMw()).as(why + " total").isGreaterThanOrEqualTo(a.availableMw() - eps);
        // what plants burn never exceeds what reaches their nodes
        assertThat(b.gasUsedBcm())
                .as(why)
                .isLessThanOrEqualTo(
                        more.values().stream().mapToDouble(Double::doubleValue).sum() + eps);
    }

    @Property(tries = 300, seed = "20261208")
    void moreCapacityNeverYieldsLessPowerInTotal(@ForAll long seed) {
        Random r = new Random(seed);
        PowerInputs in = random(r);
        Map<String, Double> gas = new HashMap<>();
        for (String node : NODES) {
            gas.put(node, 2 * r.nextDouble());
        }
        int i = r.nextInt(in.plants().size());
        PowerPlant p = in.plants().get(i);
        List<PowerPlant> bigger = new ArrayList<>(in.plants());
        bigger.set(i, p.withAvailableMw(p.availableMw() + 1 + r.nextInt(500), PowerPlant.Status.OPERATING));
        PowerResult a = PowerSupply.compute(in, List.of(), gas, 2025);
        PowerResult b = PowerSupply.compute(in.withPlants(bigger), List.of(), gas, 2025);
        assertThat(b.availableMw())
                .as("seed " + seed + ", plant " + p.id())
                .isGreaterThanOrEqualTo(a.availableMw() - 1e-9);
        assertThat(b.gasUsedBcm()).as("seed " + seed).isGreaterThanOrEqualTo(a.gasUsedBcm() - 1e-9);
    }
}
