package dev.crossroads.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Disruptions: cuts, transit countries, derating from a date, unknown ids. */
class DisruptionsTest {
    private final EnergyEngine engine = new EnergyEngine();

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
}
