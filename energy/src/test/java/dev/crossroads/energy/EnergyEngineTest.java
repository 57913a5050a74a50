package dev.crossroads.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EnergyEngineTest {
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

    @Test
    void cuttingTheOnlyRouteZeroesTheMarketAndSaysSo() {
        DisruptionResult d = engine.disrupt(Fixtures.hub(), Disruption.cut("p2"));
        assertThat(d.market("hi").disruptedBcm()).isZero();
        assertThat(d.market("hi").lostBcm()).isCloseTo(4, within(1e-6));
        assertThat(d.explanation())
                .anySatisfy(l -> assertThat(l).contains("hi loses 4.00").contains("no route"));
        // the gas goes to lo instead
        assertThat(d.market("lo").disruptedBcm()).isCloseTo(7.6, within(1e-6));
    }

    @Test
    void transitCountryCutTakesSwapsViaItToo() {
        DisruptionResult d = engine.disrupt(Fixtures.hub(), Disruption.transit("TUR"));
        assertThat(d.affectedArcs()).containsExactlyInAnyOrder("p2", "p3", "s1");
        assertThat(d.disrupted().deliveredBcm()).isZero();
        assertThat(d.lostNetbackUsd()).isCloseTo(1622e6, within(1.0));
    }

    @Test
    void aDisruptionFromMidYearCountsForTheRestOfTheYear() {
        Disruption half = new Disruption(List.of("p1"), List.of(), 0, Optional.of(java.time.LocalDate.of(2025, 7, 2)));
        assertThat(half.remainingIn(2025)).isCloseTo(0.5, within(0.01));
        assertThat(half.remainingIn(2024)).isEqualTo(1);
        assertThat(half.remainingIn(2026)).isEqualTo(0);
    }

    @Test
    void unknownIdsAreRejectedWithTheKnownOnes() {
        assertThatThrownBy(() -> engine.disrupt(Fixtures.hub(), Disruption.cut("nope")))
                .isInstanceOf(EnergyException.class)
                .hasMessageContaining("nope")
                .hasMessageContaining("p1");
        assertThatThrownBy(() -> engine.disrupt(Fixtures.hub(), Disruption.transit("FRA")))
                .isInstanceOf(EnergyException.class)
                .hasMessageContaining("TUR");
    }

    @Test
    void routesAreRankedByTariffWithBottleneckAndCountries() {
        RouteOptions r = engine.routes(Fixtures.hub(), "fa", "lo", 3);
        assertThat(r.routes()).hasSize(2);
        RouteOptions.Route best = r.routes().get(0);
        assertThat(best.arcs()).containsExactly("p1", "p3");
        assertThat(best.tariffUsdPerKcm()).isEqualTo(25);
        assertThat(best.bottleneckBcm()).isCloseTo(8, within(1e-9));
        assertThat(best.transitCountries()).containsExactly("GEO");
        assertThat(best.deliveredShare()).isCloseTo(0.95, within(1e-12));
        assertThat(best.lengthKm()).hasValue(200);
        RouteOptions.Route swap = r.routes().get(1);
        assertThat(swap.arcs()).containsExactly("p1", "s1");
        assertThat(swap.bottleneckBcm()).isCloseTo(2 / 0.95, within(1e-9));
        assertThat(swap.lengthKm()).isEmpty();
    }

    @Test
    void replayOfCarriableVolumesPassesAndExplainsTheGap() {
        ReplayResult r = engine.replay(Fixtures.hub(), Map.of("hi", 2.0, "lo", 5.0));
        assertThat(r.carried()).isTrue();
        assertThat(r.markets())
                .filteredOn(m -> m.market().equals("hi"))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.differenceBcm()).isCloseTo(2, within(1e-6));
                    assertThat(m.reason()).contains("more");
                });
        assertThat(r.optimumNetbackUsd()).isGreaterThan(r.replayNetbackUsd());
        assertThat(r.groups()).anySatisfy(g -> assertThat(g.group()).isEqualTo("Europe"));
    }

    @Test
    void replayBeyondCapacityFailsNamingTheMarket() {
        ReplayResult r = engine.replay(Fixtures.hub(), Map.of("hi", 4.0, "lo", 9.0));
        assertThat(r.carried()).isFalse();
        assertThat(r.explanation()).anySatisfy(l -> assertThat(l).contains("lo").contains("p1"));
    }

    @Test
    void nMinus1RanksTheFeederFirstAndWarmEqualsCold() {
        NMinus1Result warm = engine.nMinus1(Fixtures.hub(), 0, true, EnergyEngine.Progress.NONE);
        NMinus1Result cold = engine.nMinus1(Fixtures.hub(), 0, false, EnergyEngine.Progress.NONE);
        assertThat(warm.ranking().get(0).lostNetbackUsd()).isCloseTo(1622e6, within(1.0));
        assertThat(warm.ranking())
                .extracting(NMinus1Result.Outage::id)
                .containsExactlyElementsOf(
                        cold.ranking().stream().map(NMinus1Result.Outage::id).toList());
        for (int i = 0; i < warm.ranking().size(); i++) {
            assertThat(warm.ranking().get(i).lostNetbackUsd())
                    .isCloseTo(cold.ranking().get(i).lostNetbackUsd(), within(1.0));
        }
        assertThat(warm.outagesSolved()).isEqualTo(4 + 4);
    }

    @Test
    void diversificationOverMarketsAndTransitCountries() {
        Diversification d = engine.metrics(Fixtures.hub(), Optional.empty());
        // shares 4/7.6 and 3.6/7.6
        double s1 = 4 / 7.6;
        double s2 = 3.6 / 7.6;
        assertThat(d.hhiMarkets()).isCloseTo(10000 * (s1 * s1 + s2 * s2), within(1e-6));
        // all gas crosses GEO; TUR is transit for hi (ITA) but the destination for lo
        assertThat(d.transitCountries())
                .extracting(Diversification.TransitShare::country)
                .containsExactly("GEO", "TUR");
        assertThat(d.transitCountries().get(0).shareOfExports()).isCloseTo(1, within(1e-9));
        assertThat(d.transitCountries().get(1).volumeBcm()).isCloseTo(4, within(1e-9));
    }

    @Test
    void mpsExportHoldsTheModel() {
        String mps = engine.exportMps(Fixtures.hub());
        assertThat(mps).contains("ROWS").contains("COLUMNS").contains("BOUNDS");
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
    void domesticMarketsAreLeftOutOfTheMarketHhi() {
        Diversification all = engine.metrics(feeNetwork(3), Optional.empty(), Optional.empty());
        Diversification exports = engine.metrics(feeNetwork(3), Optional.empty(), Optional.of("TUR"));
        // exports are ge only when TUR is home: one market, HHI 10000
        assertThat(exports.domesticMarkets()).containsExactly("tr");
        assertThat(exports.exportBcm()).isCloseTo(3, within(1e-6));
        assertThat(exports.hhiMarkets()).isCloseTo(10000, within(1e-6));
        double s1 = 19 / 22.0;
        double s2 = 3 / 22.0;
        assertThat(all.hhiMarkets()).isCloseTo(10000 * (s1 * s1 + s2 * s2), within(1e-6));
    }
}
