package dev.crossroads.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** N-1: ranking and warm equals cold. */
class NMinus1AnalysisTest {
    private final EnergyEngine engine = new EnergyEngine();

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
}
