package dev.crossroads.core.gas;

import dev.crossroads.core.Checks;
import dev.crossroads.core.Confidence;
import dev.crossroads.core.Provenance;

/**
 * A buyer at a network node: how much it could take in a year and at what price. {@code priceConfidence} is how
 * firmly the price is known (column {@code price_confidence}; the row's confidence when the column is empty): a
 * row can report a market's size from a source while its price is a placeholder.
 */
public record Market(
        String id,
        String name,
        String country,
        String node,
        double demandCapBcmPerYear,
        double priceUsdPerKcm,
        Provenance provenance,
        Confidence priceConfidence) {
    public Market {
        Checks.id("id", id);
        Checks.notBlank("name", name);
        Checks.iso3("country", country);
        Checks.id("node", node);
        Checks.nonNegative("demand_cap_bcm_per_year", demandCapBcmPerYear);
        Checks.nonNegative("price_usd_per_kcm", priceUsdPerKcm);
        Checks.present("provenance", provenance);
        Checks.present("price_confidence", priceConfidence);
    }

    /** A market whose price is as firmly known as the rest of its row. */
    public Market(
            String id,
            String name,
            String country,
            String node,
            double demandCapBcmPerYear,
            double priceUsdPerKcm,
            Provenance provenance) {
        this(id, name, country, node, demandCapBcmPerYear, priceUsdPerKcm, provenance, provenance.confidence());
    }

    /** Whether the price is a placeholder or contested rather than a sourced figure. */
    public boolean priceUncertain() {
        return priceConfidence == Confidence.ILLUSTRATIVE
                || priceConfidence == Confidence.CONFLICT
                || priceConfidence == Confidence.UNCONFIRMED;
    }
}
