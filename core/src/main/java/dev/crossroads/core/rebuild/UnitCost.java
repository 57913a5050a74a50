package dev.crossroads.core.rebuild;

import dev.crossroads.core.Checks;
import dev.crossroads.core.Provenance;

/** Cost to rebuild one unit of an asset class, in US dollars: low, central, high. */
public record UnitCost(
        String assetClass, double costLowUsd, double costCentralUsd, double costHighUsd, Provenance provenance) {
    public UnitCost {
        Checks.id("asset_class", assetClass);
        Checks.nonNegative("cost_low_usd", costLowUsd);
        Checks.nonNegative("cost_central_usd", costCentralUsd);
        Checks.nonNegative("cost_high_usd", costHighUsd);
        Checks.ordered("cost_low_usd", costLowUsd, "cost_central_usd", costCentralUsd, "cost_high_usd", costHighUsd);
        Checks.present("provenance", provenance);
    }
}
