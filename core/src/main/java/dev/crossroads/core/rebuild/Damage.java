package dev.crossroads.core.rebuild;

import dev.crossroads.core.Checks;
import dev.crossroads.core.Provenance;

/** Damaged units of one asset class in one region: low, central and high estimates. */
public record Damage(
        String region,
        String assetClass,
        double damagedLow,
        double damagedCentral,
        double damagedHigh,
        Provenance provenance) {
    public Damage {
        Checks.regionId("region", region);
        Checks.id("asset_class", assetClass);
        Checks.nonNegative("damaged_low", damagedLow);
        Checks.nonNegative("damaged_central", damagedCentral);
        Checks.nonNegative("damaged_high", damagedHigh);
        Checks.ordered("damaged_low", damagedLow, "damaged_central", damagedCentral, "damaged_high", damagedHigh);
        Checks.present("provenance", provenance);
    }
}
