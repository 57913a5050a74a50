package dev.crossroads.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Route options ranked by tariff. */
class RouteFinderTest {
    private final EnergyEngine engine = new EnergyEngine();

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
}
