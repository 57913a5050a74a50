package dev.crossroads.core.gas;

import dev.crossroads.core.Checks;
import dev.crossroads.core.Provenance;
import java.util.OptionalDouble;

/**
 * A volume a market received in a year. {@code volumeBcm} is the delivery the model holds (column
 * {@code volume_bcm}); where that is the pack's reading of a published figure (measured elsewhere, such as at the
 * exporter's border before a transit fee in kind), {@code asReportedBcm} is the figure as the source gives it
 * (column {@code reported_bcm}, optional), and the note says how one becomes the other.
 */
public record ReportedDelivery(
        String market, int year, double volumeBcm, Provenance provenance, OptionalDouble asReportedBcm) {
    public ReportedDelivery {
        Checks.id("market", market);
        Checks.year("year", year);
        Checks.nonNegative("volume_bcm", volumeBcm);
        Checks.present("provenance", provenance);
        Checks.present("reported_bcm", asReportedBcm);
        if (asReportedBcm.isPresent()) {
            Checks.nonNegative("reported_bcm", asReportedBcm.getAsDouble());
        }
    }

    /** A delivery the source reports as the model holds it. */
    public ReportedDelivery(String market, int year, double volumeBcm, Provenance provenance) {
        this(market, year, volumeBcm, provenance, OptionalDouble.empty());
    }

    /** The figure as the source reports it: {@code reported_bcm} when given, else {@code volume_bcm}. */
    public double sourceFigureBcm() {
        return asReportedBcm.orElse(volumeBcm);
    }
}
