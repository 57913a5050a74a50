package dev.crossroads.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.crossroads.energy.FlowTrace.FieldToMarket;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tracing gas from fields to markets through the mix at each node. */
class FlowTraceTest {
    private final EnergyEngine engine = new EnergyEngine();

    @Test
    void oneFieldFeedsEveryMarketWithWhatItReceives() {
        GasNetwork net = Fixtures.hub();
        AllocationResult r = engine.allocate(net);
        List<FieldToMarket> rows = FlowTrace.fieldToMarket(net, r);
        assertThat(rows).extracting(FieldToMarket::field).containsOnly("fa");
        assertThat(rows).extracting(FieldToMarket::market).containsExactly("hi", "lo");
        assertThat(rows.get(0).volumeBcm()).isCloseTo(4, within(1e-6));
        assertThat(rows.get(1).volumeBcm()).isCloseTo(3.6, within(1e-6));
    }

    /**
     * Fields a (6 bcm, AZE) and b (2 bcm, QAT) meet at hub h; h feeds markets m1 (cap 4) and m2 (cap 4), both
     * taking all they can. Gas mixes at h (3:1), so each market gets 3 bcm of a and 1 of b.
     */
    @Test
    void gasMixesAtNodesInProportion() {
        GasNetwork net = new GasNetwork(
                "mix",
                2025,
                List.of(
                        new GasNetwork.Node("na", "A", "AZE"),
                        new GasNetwork.Node("nb", "B", "QAT"),
                        new GasNetwork.Node("h", "H", "TUR"),
                        new GasNetwork.Node("n1", "M1", "GRC"),
                        new GasNetwork.Node("n2", "M2", "BGR")),
                List.of(
                        Fixtures.arc("pa", "na", "h", "TUR", 10, 1, 0),
                        Fixtures.arc("pb", "nb", "h", "TUR", 10, 1, 0),
                        Fixtures.arc("p1", "h", "n1", "GRC", 10, 1, 0),
                        Fixtures.arc("p2", "h", "n2", "BGR", 10, 1, 0)),
                List.of(new GasNetwork.Source("a", "na", "AZE", 6, 10), new GasNetwork.Source("b", "nb", "QAT", 2, 10)),
                List.of(
                        new GasNetwork.Sink("m1", "M1", "n1", "GRC", 4, 300, List.of()),
                        new GasNetwork.Sink("m2", "M2", "n2", "BGR", 4, 300, List.of())));
        List<FieldToMarket> rows = FlowTrace.fieldToMarket(net, engine.allocate(net));
        assertThat(rows).extracting(x -> x.field() + ">" + x.market()).containsExactly("a>m1", "b>m1", "a>m2", "b>m2");
        assertThat(rows.get(0).volumeBcm()).isCloseTo(3, within(1e-6));
        assertThat(rows.get(1).volumeBcm()).isCloseTo(1, within(1e-6));
        assertThat(rows.stream().mapToDouble(FieldToMarket::volumeBcm).sum()).isCloseTo(8, within(1e-6));
    }
}
