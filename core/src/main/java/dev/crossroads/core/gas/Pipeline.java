package dev.crossroads.core.gas;

import dev.crossroads.core.Checks;
import dev.crossroads.core.ModelException;
import dev.crossroads.core.Provenance;
import java.util.OptionalDouble;

/**
 * A directed pipeline arc lying in one transit country. Capacity is the base capacity from the commissioning
 * year; {@link CapacityStep}s change it in later years. The in-kind transit fee is the share of the gas
 * entering the arc that the transit country keeps (Georgia: 5%).
 */
public record Pipeline(
        String id,
        String name,
        String from,
        String to,
        String country,
        String owner,
        OptionalDouble lengthKm,
        double capacityBcmPerYear,
        double tariffUsdPerKcm,
        double transitFeeShare,
        Status status,
        int commissioned,
        Provenance provenance) {
    public Pipeline {
        Checks.id("id", id);
        Checks.notBlank("name", name);
        Checks.id("from", from);
        Checks.id("to", to);
        if (from.equals(to)) {
            throw new ModelException("to", "pipeline " + id + " starts and ends at the same node " + from);
        }
        Checks.iso3("country", country);
        owner = Checks.text(owner);
        Checks.present("length_km", lengthKm);
        lengthKm.ifPresent(v -> Checks.positive("length_km", v));
        Checks.nonNegative("capacity_bcm_per_year", capacityBcmPerYear);
        Checks.nonNegative("tariff_usd_per_kcm", tariffUsdPerKcm);
        Checks.finite("transit_fee_share", transitFeeShare);
        if (transitFeeShare < 0 || transitFeeShare >= 1) {
            throw new ModelException(
                    "transit_fee_share",
                    "transit_fee_share is a share of throughput in [0, 1), got " + transitFeeShare);
        }
        Checks.present("status", status);
        Checks.year("commissioned", commissioned);
        Checks.present("provenance", provenance);
    }

    public enum Status {
        OPERATING,
        PLANNED,
        SUSPENDED,
        DECOMMISSIONED
    }
}
