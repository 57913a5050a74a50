package dev.crossroads.core.gas;

import dev.crossroads.core.Checks;
import dev.crossroads.core.Provenance;

/** A volume that public reporting says a market received in a year. */
public record ReportedDelivery(String market, int year, double volumeBcm, Provenance provenance) {
    public ReportedDelivery {
        Checks.id("market", market);
        Checks.year("year", year);
        Checks.nonNegative("volume_bcm", volumeBcm);
        Checks.present("provenance", provenance);
    }
}
