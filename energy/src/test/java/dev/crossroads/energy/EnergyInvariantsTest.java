package dev.crossroads.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.crossroads.core.pack.PackLoader;
import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.core.testing.Requirements;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Invariants of what the energy outputs call a loss, on the default pack and on seeded random small networks:
 * losses are never negative; cutting capacity never raises the volume or the value delivered to a market that
 * loses gas; the diversification of a solved result is the one the engine computes by solving; a transit HHI is
 * defined exactly when some exported gas crosses a transit country.
 */
class EnergyInvariantsTest {
    static final Path DEFAULT_PACK = Path.of("..", "packs", "caucasus-levant");
    private final EnergyEngine engine = new EnergyEngine();

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    static void checkLosses(String what, AllocationResult base, DisruptionResult r) {
        double sum = 0;
        for (DisruptionResult.MarketImpact m : r.markets()) {
            String where = what + " " + m.market();
            assertThat(m.volumeLostBcm()).as(where + " volume lost").isGreaterThanOrEqualTo(0);
            assertThat(m.volumeGainedBcm()).as(where + " volume gained").isGreaterThanOrEqualTo(0);
            assertThat(m.valueLostUsd()).as(where + " value lost").isGreaterThanOrEqualTo(0);
            assertThat(m.volumeLostBcm() * m.volumeGainedBcm())
                    .as(where + " lost and gained")
                    .isZero();
            assertThat(m.volumeLostBcm() - m.volumeGainedBcm())
                    .as(where + " net change")
                    .isCloseTo(m.lostBcm(), within(1e-9));
            sum += m.volumeLostBcm();
            if (m.volumeLostBcm() > 1e-6) {
                AllocationResult.MarketDelivery after = r.disrupted().delivery(m.market());
                assertThat(after.deliveredBcm())
                        .as(where + " delivered after a cut")
                        .isLessThan(m.baseBcm());
                double before = base.delivery(m.market()).revenueUsd();
                assertThat(after.revenueUsd())
                        .as(where + " value delivered after a cut")
                        .isLessThanOrEqualTo(before + 1e-3);
                assertThat(m.valueLostUsd())
                        .as(where + " value lost")
                        .isCloseTo(before - after.revenueUsd(), within(1e-3));
            }
        }
        assertThat(r.lostBcm())
                .as(what + " total lost")
                .isGreaterThanOrEqualTo(0)
                .isCloseTo(sum, within(1e-9));
    }

    void checkMetrics(String what, GasNetwork net, Optional<Disruption> d, Optional<String> home) {
        Diversification solved = engine.metrics(net, d, home);
        AllocationResult r = d.isPresent() ? engine.disrupt(net, d.get()).disrupted() : engine.allocate(net);
        Diversification fromResult = engine.metrics(net, r, solved.scenario(), home);
        assertThat(fromResult.hhiMarkets()).as(what).isCloseTo(solved.hhiMarkets(), within(1e-6));
        assertThat(fromResult.hhiTransitCountries()).as(what).isCloseTo(solved.hhiTransitCountries(), within(1e-6));
        assertThat(solved.transitHhiDefined())
                .as(what)
                .isEqualTo(!solved.transitCountries().isEmpty());
        if (!solved.transitHhiDefined()) {
            assertThat(solved.transitReading()).as(what).contains("undefined");
        }
    }

    @Property(tries = 120, seed = "20261207")
    void cuttingAnArcOfARandomNetworkNeverYieldsANegativeLoss(@ForAll("seeds") long seed) {
        GasNetwork net = AllocationPropertiesTest.random(seed, true);
        if (net.arcs().isEmpty()) {
            return;
        }
        Random r = new Random(seed);
        GasNetwork.Arc arc = net.arcs().get(r.nextInt(net.arcs().size()));
        Disruption d = new Disruption(List.of(arc.id()), List.of(), r.nextBoolean() ? 0 : 0.5, Optional.empty());
        checkLosses("seed " + seed + " cut " + arc.id(), engine.allocate(net), engine.disrupt(net, d));
        checkMetrics("seed " + seed, net, Optional.of(d), Optional.of("AAA"));
    }

    @Test
    void everyElementCutOnTheDefaultPackKeepsTheInvariants() {
        Requirements.defaultPack(DEFAULT_PACK);
        RegionPack pack = PackLoader.load(DEFAULT_PACK);
        GasNetwork net = GasNetwork.fromPack(pack.meta().name(), pack.gas(), 2025);
        Optional<String> home = Optional.of(pack.meta().home());
        checkMetrics("base case", net, Optional.empty(), home);
        AllocationResult base = engine.allocate(net);
        for (String element : net.elements()) {
            Disruption d = new Disruption(List.of(element), List.of(), 0, Optional.empty());
            checkLosses("cut " + element, base, engine.disrupt(net, d));
        }
        Disruption turkiye = Disruption.transit("TUR");
        checkLosses("transit TUR", base, engine.disrupt(net, turkiye));
        checkMetrics("transit TUR", net, Optional.of(turkiye), home);
        // with Türkiye closed no exported gas crosses a transit country: the HHI is undefined, not 0 = diversified
        assertThat(engine.metrics(net, Optional.of(turkiye), home).transitHhiDefined())
                .isFalse();
    }
}
