package dev.crossroads.core.gas;

import dev.crossroads.core.Checks;
import dev.crossroads.core.Provenance;
import java.util.List;

/**
 * A figure a source publishes for several markets together (e.g. "exports to Europe: 12.8 bcm") where the pack
 * models the markets one by one: the published total as the source gives it, and the markets it covers. Outputs
 * show it as "as reported" beside the sum of the markets' modelled deliveries; it never replaces them.
 */
public record ReportedGroup(String group, int year, double reportedBcm, List<String> markets, Provenance provenance) {
    public ReportedGroup {
        Checks.id("group", group);
        Checks.year("year", year);
        Checks.nonNegative("reported_bcm", reportedBcm);
        markets = Checks.list("markets", markets);
        if (markets.size() < 2) {
            throw new dev.crossroads.core.ModelException(
                    "markets",
                    "markets must list at least two markets separated by ';' (one market's figure belongs in"
                            + " gas/deliveries.csv's reported_bcm), got " + markets);
        }
        markets.forEach(m -> Checks.id("markets", m));
        Checks.present("provenance", provenance);
    }
}
