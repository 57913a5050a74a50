package dev.crossroads.rebuild.logistics;

import dev.crossroads.core.Provenance;

/** Tonnes of one material that one unit of an asset class needs (a housing unit needs ~25 t of cement). */
public record MaterialRate(String assetClass, String material, double tonnesPerUnit, Provenance provenance) {
    public MaterialRate {
        if (assetClass == null || assetClass.isBlank() || material == null || material.isBlank()) {
            throw new IllegalArgumentException("a material rate needs an asset class and a material");
        }
        if (!(tonnesPerUnit >= 0) || Double.isInfinite(tonnesPerUnit)) {
            throw new IllegalArgumentException("tonnes_per_unit must be a non-negative number, got " + tonnesPerUnit);
        }
    }
}
