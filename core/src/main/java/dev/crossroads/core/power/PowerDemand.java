package dev.crossroads.core.power;

import dev.crossroads.core.Checks;
import dev.crossroads.core.Provenance;

/** Electricity demand of a region (average MW over the year) as the pack states it for {@code year}. */
public record PowerDemand(String region, int year, double demandMw, Provenance provenance) {
    public PowerDemand {
        Checks.regionId("region", region);
        Checks.year("year", year);
        Checks.nonNegative("demand_mw", demandMw);
        Checks.present("provenance", provenance);
    }
}
