package dev.crossroads.energy.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.crossroads.core.gas.ReportedDelivery;
import dev.crossroads.core.pack.PackLoader;
import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.energy.AllocationResult;
import dev.crossroads.energy.Disruption;
import dev.crossroads.energy.EnergyEngine;
import dev.crossroads.energy.GasNetwork;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On the default pack: cutting Kilis–Aleppo lowers Aleppo's available MW by what the lost gas and the stated
 * constants give, worked out by hand below; closing transit through Türkiye does at least as much.
 */
class DefaultPackPowerTest {
    static RegionPack pack;
    static GasNetwork base;
    static final EnergyEngine ENGINE = new EnergyEngine();

    @BeforeAll
    static void load() {
        pack = PackLoader.load(Path.of("..", "packs", "caucasus-levant"));
        GasNetwork net = GasNetwork.fromPack(pack.meta().name(), pack.gas(), 2025);
        // the base case `energy disrupt` uses for a reported year: the reported deliveries held as minimums
        Map<String, Double> reported = new LinkedHashMap<>();
        for (ReportedDelivery d : pack.gas().deliveries()) {
            if (d.year() == 2025) {
                reported.merge(d.market(), d.volumeBcm(), Double::sum);
            }
        }
        base = net.withMinimums(reported, "reported-2025");
    }

    static PowerResult supply(AllocationResult a) {
        return PowerSupply.of(pack, base, a);
    }

    @Test
    void cuttingKilisAleppoLowersAleppoByTheLostGasTimesTheConstants() {
        PowerResult before = supply(ENGINE.allocate(base));
        PowerResult after =
                supply(ENGINE.disrupt(base, Disruption.cut("kilis-aleppo")).disrupted());

        // premises, from the pack: 0.48 bcm reach the aleppo node in 2025 (gas/deliveries.csv, syria), and none after
        // the cut
        Map<String, Double> gasBefore = PowerSupply.gasByNode(base, ENGINE.allocate(base));
        assertThat(gasBefore.get("aleppo")).isCloseTo(0.48, within(1e-6));
        assertThat(after.nodes())
                .filteredOn(n -> n.node().equals("aleppo"))
                .singleElement()
                .satisfies(n -> assertThat(n.deliveredBcm()).isCloseTo(0, within(1e-9)));

        // by hand: aleppo feeds Aleppo Thermal (200 MW available, efficiency 0.35) and Jandar in Homs (300 MW, 0.30).
        // Heat of 1 bcm a year at 36 MJ/m3 (power/constants.csv): 1e9 x 36 / (8760 x 3600) = 1141.55 MW.
        // Aleppo Thermal, the more efficient, runs first: it needs 200 / 0.35 / 1141.55 = 0.501 bcm, more than the 0.48
        // that arrive, so it burns all of it and Jandar gets none. The cut takes 0.48 bcm x 1141.55 MW/bcm x 0.35
        // = 191.78 MW from Aleppo; the Tishreen dam (also SY-HL) is unchanged; Homs loses nothing it had.
        double heatMwPerBcm = 1e9 * 36 / (8760 * 3600.0);
        assertThat(200 / 0.35 / heatMwPerBcm).isGreaterThan(0.48);
        double lostMw = 0.48 * heatMwPerBcm * 0.35;
        assertThat(lostMw).isCloseTo(191.78, within(0.01));
        assertThat(before.availableMw("SY-HL") - after.availableMw("SY-HL")).isCloseTo(lostMw, within(1e-6));
        assertThat(before.plant("aleppo-thermal").orElseThrow().limit()).isEqualTo(PowerResult.Limit.FUEL);
        assertThat(before.plant("jandar").orElseThrow().sustainedMw()).isZero();
        assertThat(after.availableMw("SY-HI")).isEqualTo(before.availableMw("SY-HI"));
        // Deir Ali runs on the Qatari gas through Jordan, which the cut does not touch
        assertThat(after.availableMw("SY-RD")).isCloseTo(before.availableMw("SY-RD"), within(1e-9));
        assertThat(after.region("SY-HL").orElseThrow().shareServed().getAsDouble())
                .isLessThan(before.region("SY-HL").orElseThrow().shareServed().getAsDouble());
    }

    @Test
    void theChangeExplainsAleppoLossByTheGasAleppoThermalNoLongerBurns() {
        PowerResult before = supply(ENGINE.allocate(base));
        PowerResult after =
                supply(ENGINE.disrupt(base, Disruption.cut("kilis-aleppo")).disrupted());
        PowerChange c = PowerChange.between(before, after);
        assertThat(c.region("SY-HL").lostMw()).isCloseTo(0.48 * 1e9 * 36 / (8760 * 3600.0) * 0.35, within(1e-6));
        assertThat(c.region("SY-HL").explanation())
                .contains("aleppo-thermal 191.8 -> 0.0 MW (gas at aleppo: 0.480 -> 0.000 bcm burnt)");
        assertThat(c.region("SY-RD").lostMw()).isZero();
        assertThat(c.lostMw()).isCloseTo(c.region("SY-HL").lostMw(), within(1e-6));
        assertThat(c.explanation()).anySatisfy(l -> assertThat(l).startsWith("SY-HL (Aleppo) loses 191.8 MW"));
    }

    @Test
    void closingTransitThroughTurkiyeLowersAleppoAtLeastAsMuchAsTheKilisCut() {
        PowerResult before = supply(ENGINE.allocate(base));
        PowerResult kilis =
                supply(ENGINE.disrupt(base, Disruption.cut("kilis-aleppo")).disrupted());
        PowerResult turkiye =
                supply(ENGINE.disrupt(base, Disruption.transit("TUR")).disrupted());
        double kilisDrop = before.availableMw("SY-HL") - kilis.availableMw("SY-HL");
        double turDrop = before.availableMw("SY-HL") - turkiye.availableMw("SY-HL");
        assertThat(kilisDrop).isPositive();
        assertThat(turDrop).isGreaterThanOrEqualTo(kilisDrop - 1e-9);
        assertThat(before.availableMw() - turkiye.availableMw())
                .isGreaterThanOrEqualTo(before.availableMw() - kilis.availableMw() - 1e-9);
    }

    @Test
    void deirAliIsFedByTheQatariGasThroughJordan() {
        PowerResult before = supply(ENGINE.allocate(base));
        // 0.59 bcm (2 mcm/d from 13 March) x 1141.55 MW/bcm x 0.48 = 323 MW of Deir Ali's 750
        assertThat(before.plant("deir-ali").orElseThrow().sustainedMw())
                .isCloseTo(0.59 * 1e9 * 36 / (8760 * 3600.0) * 0.48, within(1e-6));
        PowerResult jordan =
                supply(ENGINE.disrupt(base, Disruption.transit("JOR")).disrupted());
        assertThat(jordan.plant("deir-ali").orElseThrow().sustainedMw()).isZero();
        assertThat(jordan.availableMw("SY-HL")).isCloseTo(before.availableMw("SY-HL"), within(1e-9));
    }

    @Test
    void theQatariGasIsDeliveredButIsNotAnExportOfTheHub() {
        var d = ENGINE.metrics(base, java.util.Optional.empty(), java.util.Optional.of("AZE"));
        var deirAli = d.markets().stream()
                .filter(m -> m.market().equals("syria-deir-ali"))
                .findFirst()
                .orElseThrow();
        assertThat(deirAli.deliveredBcm()).isCloseTo(0.59, within(1e-6));
        assertThat(deirAli.exportBcm()).isZero();
        assertThat(deirAli.share()).isZero();
        assertThat(d.transitCountries())
                .noneSatisfy(t -> assertThat(t.country()).isEqualTo("JOR"));
        double exported = d.markets().stream().mapToDouble(m -> m.exportBcm()).sum();
        assertThat(exported).isCloseTo(d.exportBcm(), within(1e-9));
    }
}
