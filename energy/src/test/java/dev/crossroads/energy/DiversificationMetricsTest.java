package dev.crossroads.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Diversification metrics: HHI over markets and transit countries. */
class DiversificationMetricsTest {
    private final EnergyEngine engine = new EnergyEngine();

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
    void domesticMarketsAreLeftOutOfTheMarketHhi() {
        Diversification all = engine.metrics(AllocationReportTest.feeNetwork(3), Optional.empty(), Optional.empty());
        Diversification exports =
                engine.metrics(AllocationReportTest.feeNetwork(3), Optional.empty(), Optional.of("TUR"));
        // exports are ge only when TUR is home: one market, HHI 10000
        assertThat(exports.domesticMarkets()).containsExactly("tr");
        assertThat(exports.exportBcm()).isCloseTo(3, within(1e-6));
        assertThat(exports.hhiMarkets()).isCloseTo(10000, within(1e-6));
        double s1 = 19 / 22.0;
        double s2 = 3 / 22.0;
        assertThat(all.hhiMarkets()).isCloseTo(10000 * (s1 * s1 + s2 * s2), within(1e-6));
    }
}
