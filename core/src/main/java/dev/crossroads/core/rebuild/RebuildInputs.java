package dev.crossroads.core.rebuild;

import dev.crossroads.core.Checks;
import java.util.List;

/**
 * Everything the pack says about reconstruction: regions, asset classes, damage, costs, order, partners, published
 * totals, and the materials each asset class needs delivered (empty when the pack has no {@code
 * rebuild/materials.csv}).
 */
public record RebuildInputs(
        List<Region> regions,
        List<AssetClass> assetClasses,
        List<Damage> damage,
        List<UnitCost> unitCosts,
        List<Dependency> dependencies,
        List<Partner> partners,
        List<ReferenceFigure> references,
        List<MaterialRate> materials) {
    public RebuildInputs {
        regions = Checks.list("regions", regions);
        assetClasses = Checks.list("assetClasses", assetClasses);
        damage = Checks.list("damage", damage);
        unitCosts = Checks.list("unitCosts", unitCosts);
        dependencies = Checks.list("dependencies", dependencies);
        partners = Checks.list("partners", partners);
        references = Checks.list("references", references);
        materials = Checks.list("materials", materials);
    }

    /** Inputs without material rates (as packs were before {@code rebuild/materials.csv} was loaded). */
    public RebuildInputs(
            List<Region> regions,
            List<AssetClass> assetClasses,
            List<Damage> damage,
            List<UnitCost> unitCosts,
            List<Dependency> dependencies,
            List<Partner> partners,
            List<ReferenceFigure> references) {
        this(regions, assetClasses, damage, unitCosts, dependencies, partners, references, List.of());
    }

    /** The material rates of one asset class. */
    public List<MaterialRate> materialsOf(String assetClass) {
        return materials.stream().filter(r -> r.assetClass().equals(assetClass)).toList();
    }

    public static RebuildInputs empty() {
        return new RebuildInputs(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
