package dev.crossroads.core.rebuild;

import dev.crossroads.core.Checks;
import java.util.List;

/** Everything the pack says about reconstruction: regions, asset classes, damage, costs, order, partners. */
public record RebuildInputs(
        List<Region> regions,
        List<AssetClass> assetClasses,
        List<Damage> damage,
        List<UnitCost> unitCosts,
        List<Dependency> dependencies,
        List<Partner> partners,
        List<ReferenceFigure> references) {
    public RebuildInputs {
        regions = Checks.list("regions", regions);
        assetClasses = Checks.list("assetClasses", assetClasses);
        damage = Checks.list("damage", damage);
        unitCosts = Checks.list("unitCosts", unitCosts);
        dependencies = Checks.list("dependencies", dependencies);
        partners = Checks.list("partners", partners);
        references = Checks.list("references", references);
    }

    public static RebuildInputs empty() {
        return new RebuildInputs(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
