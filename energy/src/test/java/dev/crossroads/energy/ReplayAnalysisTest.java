package dev.crossroads.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Replay of reported volumes against the optimum. */
class ReplayAnalysisTest {
    private final EnergyEngine engine = new EnergyEngine();

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
}
