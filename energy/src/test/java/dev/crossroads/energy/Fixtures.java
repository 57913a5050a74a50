package dev.crossroads.energy;

import dev.crossroads.energy.GasNetwork.Arc;
import dev.crossroads.energy.GasNetwork.ArcKind;
import dev.crossroads.energy.GasNetwork.ContractTerm;
import dev.crossroads.energy.GasNetwork.Node;
import dev.crossroads.energy.GasNetwork.Sink;
import dev.crossroads.energy.GasNetwork.Source;
import java.util.List;
import java.util.OptionalDouble;

/** Small networks whose optimum is worked out by hand in the javadoc of each. */
final class Fixtures {
    private Fixtures() {}

    static Arc arc(String id, String from, String to, String country, double cap, double tariff, double fee) {
        return new Arc(id, id, id, ArcKind.PIPELINE, from, to, country, "", cap, tariff, fee, OptionalDouble.of(100));
    }

    /**
     * Field f (10 bcm at $10/kcm) -> p1 (8 bcm, $20, 5% fee, in GEO) -> hub h; h -> p2 (5 bcm, $10, TUR) -> market
     * hi (cap 4, $300); h -> p3 (10 bcm, $5, TUR) -> market lo (cap 10, $200); h -> s1 swap via TUR (2 bcm, $50) -> lo.
     * By hand: p1 full (8 in, 7.6 out); hi takes its cap 4 (margin 290 at h), lo the remaining 3.6 over p3
     * (margin 195; the swap is dearer). Netback = 300*4 + 200*3.6 - 20*8 - 10*4 - 5*3.6 - 10*8 = 1622 million USD.
     * Shadow price of p1: 0.95 * (200 - 5) - 20 - 10 = 155.25 USD/kcm; of hi's demand cap: (300-10) - (200-5) = 95.
     */
    static GasNetwork hub(List<ContractTerm> hiContracts) {
        return new GasNetwork(
                "hub",
                2025,
                List.of(
                        new Node("f", "Field", "AZE"),
                        new Node("h", "Hub", "GEO"),
                        new Node("mhi", "Hi", "ITA"),
                        new Node("mlo", "Lo", "TUR")),
                List.of(
                        arc("p1", "f", "h", "GEO", 8, 20, 0.05),
                        arc("p2", "h", "mhi", "TUR", 5, 10, 0),
                        arc("p3", "h", "mlo", "TUR", 10, 5, 0),
                        new Arc(
                                "s1",
                                "s1",
                                "swap",
                                ArcKind.SWAP,
                                "h",
                                "mlo",
                                "TUR",
                                "",
                                2,
                                50,
                                0,
                                OptionalDouble.empty())),
                List.of(new Source("fa", "f", "AZE", 10, 10)),
                List.of(
                        new Sink("hi", "Hi", "mhi", "ITA", 4, 300, hiContracts),
                        new Sink("lo", "Lo", "mlo", "TUR", 10, 200, List.of())));
    }

    static GasNetwork hub() {
        return hub(List.of());
    }
}
