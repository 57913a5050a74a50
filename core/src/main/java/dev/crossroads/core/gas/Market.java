package dev.crossroads.core.gas;

import dev.crossroads.core.Checks;
import dev.crossroads.core.Provenance;

/** A buyer at a network node: how much it could take in a year and at what price. */
public record Market(
        String id,
        String name,
        String country,
        String node,
        double demandCapBcmPerYear,
        double priceUsdPerKcm,
        Provenance provenance) {
    public Market {
        Checks.id("id", id);
        Checks.notBlank("name", name);
        Checks.iso3("country", country);
        Checks.id("node", node);
        Checks.nonNegative("demand_cap_bcm_per_year", demandCapBcmPerYear);
        Checks.nonNegative("price_usd_per_kcm", priceUsdPerKcm);
        Checks.present("provenance", provenance);
    }
}
