package dev.crossroads.rebuild.logistics;

import dev.crossroads.core.rebuild.MaterialRate;
import dev.crossroads.core.rebuild.RebuildInputs;
import java.util.List;
import java.util.Optional;

/**
 * The materials each asset class needs per unit: the pack's {@code rebuild/materials.csv}, loaded and validated
 * (unknown asset classes and sources, bad numbers, duplicates) by the pack loader with the other pack files.
 */
public record MaterialsTable(List<MaterialRate> rates) {
    public static final String FILE = "rebuild/materials.csv";

    public MaterialsTable {
        rates = List.copyOf(rates);
    }

    public List<MaterialRate> of(String assetClass) {
        return rates.stream().filter(r -> r.assetClass().equals(assetClass)).toList();
    }

    public List<String> materials() {
        return rates.stream().map(MaterialRate::material).distinct().sorted().toList();
    }

    /** The pack's material rates; empty when the pack has no {@code rebuild/materials.csv} (or it has no rows). */
    public static Optional<MaterialsTable> of(RebuildInputs rebuild) {
        return rebuild.materials().isEmpty() ? Optional.empty() : Optional.of(new MaterialsTable(rebuild.materials()));
    }
}
