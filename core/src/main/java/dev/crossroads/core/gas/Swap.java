package dev.crossroads.core.gas;

import dev.crossroads.core.Checks;
import dev.crossroads.core.ModelException;
import dev.crossroads.core.Provenance;

/**
 * A swap through a hub country: gas delivered at node {@code from} is matched by the hub ({@code via})
 * releasing the same volume at node {@code to}. Modelled as a virtual arc from {@code from} to {@code to}.
 */
public record Swap(
        String id,
        String name,
        String from,
        String via,
        String to,
        double capacityBcmPerYear,
        double feeUsdPerKcm,
        Pipeline.Status status,
        int commissioned,
        Provenance provenance) {
    public Swap {
        Checks.id("id", id);
        Checks.notBlank("name", name);
        Checks.id("from", from);
        Checks.iso3("via", via);
        Checks.id("to", to);
        if (from.equals(to)) {
            throw new ModelException("to", "swap " + id + " starts and ends at the same node " + from);
        }
        Checks.nonNegative("capacity_bcm_per_year", capacityBcmPerYear);
        Checks.nonNegative("fee_usd_per_kcm", feeUsdPerKcm);
        Checks.present("status", status);
        Checks.year("commissioned", commissioned);
        Checks.present("provenance", provenance);
    }
}
