package dev.crossroads.core.gas;

import dev.crossroads.core.Checks;
import dev.crossroads.core.Provenance;
import java.util.OptionalDouble;

/** Gas a field can put into the network in a year, and its cost if known. */
public record FieldSupply(
        String field, int year, double capacityBcmPerYear, OptionalDouble costUsdPerKcm, Provenance provenance) {
    public FieldSupply {
        Checks.id("field", field);
        Checks.year("year", year);
        Checks.nonNegative("capacity_bcm_per_year", capacityBcmPerYear);
        Checks.present("cost_usd_per_kcm", costUsdPerKcm);
        costUsdPerKcm.ifPresent(v -> Checks.nonNegative("cost_usd_per_kcm", v));
        Checks.present("provenance", provenance);
    }
}
