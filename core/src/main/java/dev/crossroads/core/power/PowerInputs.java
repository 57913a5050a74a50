package dev.crossroads.core.power;

import dev.crossroads.core.Checks;
import java.util.List;
import java.util.Optional;

/** Everything the pack says about electricity: plants, demand by region and year, the conversion constants. */
public record PowerInputs(List<PowerPlant> plants, List<PowerDemand> demand, List<PowerConstant> constants) {
    public PowerInputs {
        plants = Checks.list("plants", plants);
        demand = Checks.list("demand", demand);
        constants = Checks.list("constants", constants);
    }

    /** No power section (a pack without a {@code power/} folder). */
    public static PowerInputs empty() {
        return new PowerInputs(List.of(), List.of(), List.of());
    }

    /** These inputs with other plants (a scenario's repaired, added or removed plants). */
    public PowerInputs withPlants(List<PowerPlant> newPlants) {
        return new PowerInputs(newPlants, demand, constants);
    }

    public boolean isEmpty() {
        return plants.isEmpty() && demand.isEmpty() && constants.isEmpty();
    }

    public Optional<PowerConstant> constant(PowerConstant.Known k) {
        return constants.stream().filter(c -> c.id().equals(k.id())).findFirst();
    }

    /** The gas calorific value, when the pack states it (it must when a plant burns network gas). */
    public Optional<PowerConstant> calorificValue() {
        return constant(PowerConstant.Known.GAS_CALORIFIC_VALUE);
    }

    public Optional<PowerPlant> plant(String id) {
        return plants.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * The demand of a region in {@code year}: the row for that year, else the latest earlier row, else none.
     */
    public Optional<PowerDemand> demandIn(String region, int year) {
        PowerDemand best = null;
        for (PowerDemand d : demand) {
            if (d.region().equals(region) && d.year() <= year && (best == null || d.year() > best.year())) {
                best = d;
            }
        }
        return Optional.ofNullable(best);
    }
}
