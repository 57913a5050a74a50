package dev.crossroads.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The allocation report: deliveries, binding constraints with shadow prices, unmet contracts explained, in-kind fees. */
class AllocationReportTest {
    private final EnergyEngine engine = new EnergyEngine();

    @Test
    void allocationMatchesTheHandWorkedOptimum() {
        AllocationResult r = engine.allocate(Fixtures.hub());
        assertThat(r.status()).isEqualTo(AllocationResult.Status.OPTIMAL);
        assertThat(r.delivery("hi").deliveredBcm()).isCloseTo(4, within(1e-6));
        assertThat(r.delivery("lo").deliveredBcm()).isCloseTo(3.6, within(1e-6));
        assertThat(r.netbackUsd()).isCloseTo(1622e6, within(1.0));
        assertThat(r.feeLossBcm()).isCloseTo(0.4, within(1e-6));
        // market netbacks add up to the total
        assertThat(r.deliveries().stream()
                        .mapToDouble(AllocationResult.MarketDelivery::netbackUsd)
                        .sum())
                .isCloseTo(1622e6, within(10.0));
    }

    @Test
    void shadowPricesAreWhatOneMoreBcmIsWorth() {
        AllocationResult r = engine.allocate(Fixtures.hub());
        assertThat(r.bindingConstraints())
                .extracting(AllocationResult.BindingConstraint::id)
                .contains("p1", "hi")
                .doesNotContain("fa");
        AllocationResult.BindingConstraint p1 = r.bindingConstraints().stream()
                .filter(b -> b.id().equals("p1"))
                .findFirst()
                .orElseThrow();
        assertThat(p1.shadowPriceUsdPerKcm()).isCloseTo(155.25, within(1e-6));
        assertThat(r.delivery("hi").shadowPriceUsdPerKcm()).isCloseTo(95, within(1e-6));
        // check against a perturbed solve: one more bcm on p1
        GasNetwork more = new GasNetwork(
                "hub+",
                2025,
                Fixtures.hub().nodes(),
                Fixtures.hub().arcs().stream()
                        .map(a -> a.id().equals("p1") ? a.withCapacity(9) : a)
                        .toList(),
                Fixtures.hub().sources(),
                Fixtures.hub().sinks());
        assertThat(engine.allocate(more).netbackUsd() - r.netbackUsd()).isCloseTo(155.25e6, within(10.0));
    }

    @Test
    void unmetContractsAreExplainedByNameAndCapacity() {
        AllocationResult r = engine.allocate(Fixtures.hub(List.of(new GasNetwork.ContractTerm("c-hi", 6, 8))));
        assertThat(r.status()).isEqualTo(AllocationResult.Status.CONTRACTS_UNMET);
        AllocationResult.ContractShortfall s = r.shortfalls().get(0);
        assertThat(s.market()).isEqualTo("hi");
        assertThat(s.contracts()).anySatisfy(c -> assertThat(c).contains("c-hi"));
        assertThat(s.explanation()).contains("c-hi").contains("hi");
        // demand cap 4 < min 6: the cap is what stops it
        assertThat(s.shortfallBcm()).isCloseTo(2, within(1e-6));
    }

    @Test
    void unmetContractNamesTheSaturatedArc() {
        GasNetwork n = Fixtures.hub();
        GasNetwork bigHi = new GasNetwork(
                "hub",
                2025,
                n.nodes(),
                n.arcs(),
                n.sources(),
                List.of(
                        new GasNetwork.Sink(
                                "hi", "Hi", "mhi", "ITA", 20, 300, List.of(new GasNetwork.ContractTerm("c-hi", 6, 8))),
                        n.sinks().get(1)));
        AllocationResult r = engine.allocate(bigHi);
        assertThat(r.shortfalls()).singleElement().satisfies(s -> {
            assertThat(s.saturatedArcs()).anySatisfy(a -> assertThat(a).startsWith("p2"));
            assertThat(s.shortfallBcm()).isCloseTo(1, within(1e-6));
        });
    }

    /**
     * Field f (25 bcm, cost 0, AZE) -> scp (GEO, 20 bcm, 5% fee) -> TUR market tr (cap 100, $300); f -> hq (AZE, 3 bcm)
     * -> Georgian market ge. By hand: scp full (20 in), tr gets 19; the 1 bcm fee goes to ge and counts toward its
     * cap; with cap 3 ge buys 2 more over hq: netback 19*300 + 2*180 = 6060 million USD, no fee lost. With cap 0.5
     * ge takes 0.5 of the fee and buys nothing; 0.5 bcm of fee gas is lost; netback 19*300 = 5700.
     */
    static GasNetwork feeNetwork(double geCap) {
        return new GasNetwork(
                "fee",
                2025,
                List.of(
                        new GasNetwork.Node("f", "F", "AZE"),
                        new GasNetwork.Node("g", "G", "GEO"),
                        new GasNetwork.Node("t", "T", "TUR")),
                List.of(
                        Fixtures.arc("scp", "f", "t", "GEO", 20, 0, 0.05),
                        Fixtures.arc("hq", "f", "g", "AZE", 3, 0, 0)),
                List.of(new GasNetwork.Source("fa", "f", "AZE", 25, 0)),
                List.of(
                        new GasNetwork.Sink("tr", "Tr", "t", "TUR", 100, 300, List.of()),
                        new GasNetwork.Sink("ge", "Ge", "g", "GEO", geCap, 180, List.of())));
    }

    @Test
    void transitFeeGoesToTheTransitCountrysMarketAndCountsTowardItsCap() {
        AllocationResult r = engine.allocate(feeNetwork(3));
        assertThat(r.delivery("tr").deliveredBcm()).isCloseTo(19, within(1e-6));
        assertThat(r.delivery("ge").deliveredBcm()).isCloseTo(3, within(1e-6));
        assertThat(r.delivery("ge").feeReceivedBcm()).isCloseTo(1, within(1e-6));
        assertThat(r.feeDeliveredBcm()).isCloseTo(1, within(1e-6));
        assertThat(r.feeLossBcm()).isCloseTo(0, within(1e-6));
        assertThat(r.producedBcm()).isCloseTo(22, within(1e-6));
        assertThat(r.netbackUsd()).isCloseTo(6060e6, within(10.0));
        assertThat(r.explanation())
                .anySatisfy(e -> assertThat(e).contains("ge receives 1.00 bcm of in-kind transit fees"));

        AllocationResult small = engine.allocate(feeNetwork(0.5));
        assertThat(small.delivery("ge").deliveredBcm()).isCloseTo(0.5, within(1e-6));
        assertThat(small.delivery("ge").feeReceivedBcm()).isCloseTo(0.5, within(1e-6));
        assertThat(small.feeLossBcm()).isCloseTo(0.5, within(1e-6));
        assertThat(small.delivery("tr").deliveredBcm()).isCloseTo(19, within(1e-6));
        assertThat(small.netbackUsd()).isCloseTo(5700e6, within(10.0));
    }

    @Test
    void mpsExportHoldsTheModel() {
        String mps = engine.exportMps(Fixtures.hub());
        assertThat(mps).contains("ROWS").contains("COLUMNS").contains("BOUNDS");
    }
}
