package dev.crossroads.core.gas;

import dev.crossroads.core.Checks;
import dev.crossroads.core.Provenance;

/** From {@code year} on, pipeline {@code pipeline} carries {@code capacityBcmPerYear} (until a later step). */
public record CapacityStep(String pipeline, int year, double capacityBcmPerYear, Provenance provenance) {
    public CapacityStep {
        Checks.id("pipeline", pipeline);
        Checks.year("year", year);
        Checks.nonNegative("capacity_bcm_per_year", capacityBcmPerYear);
        Checks.present("provenance", provenance);
    }
}
