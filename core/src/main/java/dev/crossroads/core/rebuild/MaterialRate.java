package dev.crossroads.core.rebuild;

import dev.crossroads.core.Checks;
import dev.crossroads.core.ModelException;
import dev.crossroads.core.Provenance;

/**
 * Tonnes of one material that rebuilding one unit of an asset class needs delivered (a housing unit needs ~25 t of
 * cement): a row of {@code rebuild/materials.csv}.
 */
public record MaterialRate(String assetClass, String material, double tonnesPerUnit, Provenance provenance) {
    public MaterialRate {
        Checks.id("asset_class", assetClass);
        Checks.notBlank("material", material);
        if (!material.matches("[a-z][a-z0-9_-]*")) {
            throw new ModelException(
                    "material", "material '" + material + "' must be a lower-case id (letters, digits, '-', '_')");
        }
        Checks.nonNegative("tonnes_per_unit", tonnesPerUnit);
        Checks.present("provenance", provenance);
    }
}
