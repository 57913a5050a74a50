package dev.crossroads.relations.ties;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.core.Provenance;
import dev.crossroads.core.model.BaselineRelation;
import dev.crossroads.core.model.TieThresholds;
import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.core.rebuild.Partner;
import dev.crossroads.relations.Fixtures;
import dev.crossroads.relations.HubPack;
import dev.crossroads.relations.RelationsEngine;
import dev.crossroads.relations.ledger.Ledger;
import dev.crossroads.relations.ledger.LedgerEvent;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TiesTest {
    static final LocalDate AT = LocalDate.of(2025, 8, 1);

    @Test
    void thresholdsComeFromThePackAndPartnersHostileToTheHostMayNotWork(@TempDir Path tmp) {
        RegionPack pack = HubPack.load(tmp);
        RelationsEngine engine = RelationsEngine.of(pack, List.of(), RelationsEngine.Settings.DEFAULT);
        assertThat(engine.tieThresholds()).isEqualTo(new TieThresholds(-4, 2));
        TieReading bc = engine.tie("BBB", "CCC", AT);
        assertThat(bc.tieClass()).isEqualTo(TieClass.HOSTILE);
        assertThat(engine.tie("AAA", "BBB", AT).tieClass()).isEqualTo(TieClass.FRIENDLY);
        List<Eligibility> inC = engine.eligibility("CCC", AT);
        assertThat(inC)
                .extracting(Eligibility::partnerId, Eligibility::eligible)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("pa", true),
                        org.assertj.core.groups.Tuple.tuple("pb", false));
        assertThat(inC.get(1).reason()).contains("BBB-CCC").contains("hostile").contains("not eligible");
        // a partner always works at home
        assertThat(engine.eligibility(pack.rebuild().partners().get(1), "BBB", AT)
                        .eligible())
                .isTrue();
        // a scenario that changes the tie changes who may work
        RelationsEngine thawed = engine.withBaselines(List.of(new BaselineRelation(
                "BBB", "CCC", 1, "normal", Optional.empty(), Provenance.illustrative("scenario: B and C normalise"))));
        assertThat(thawed.eligibility("CCC", AT)).allMatch(Eligibility::eligible);
    }

    @Test
    void theHubsTieWithEachTransitCountry(@TempDir Path tmp) {
        RelationsEngine engine = RelationsEngine.of(HubPack.load(tmp), List.of(), RelationsEngine.Settings.DEFAULT);
        List<TieReading> t = engine.transitTies("AAA", List.of("BBB", "CCC", "BBB", "AAA"), AT);
        assertThat(t).extracting(TieReading::b).containsExactly("BBB", "CCC");
        assertThat(t.get(0).tieClass()).isEqualTo(TieClass.FRIENDLY);
    }

    /** Whatever the baseline, events and threshold: a hostile tie never lets a partner work, any other tie does. */
    @Property(tries = 300, seed = "20261208")
    void aHostileTieNeverLetsAPartnerWork(
            @ForAll @DoubleRange(min = -10, max = 10) double baseline,
            @ForAll @DoubleRange(min = -9.5, max = 0) double hostileAtOrBelow,
            @ForAll @IntRange(min = 0, max = 6) int events,
            @ForAll long seed) {
        java.util.Random random = new java.util.Random(seed);
        List<LedgerEvent> evs = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            double g = Math.round((random.nextDouble() * 20 - 10) * 10) / 10.0;
            boolean fromPartner = random.nextBoolean();
            evs.add(Fixtures.event(
                    "e" + i,
                    LocalDate.of(2025, 1, 1).plusDays(random.nextInt(200)).toString(),
                    fromPartner ? "PPP" : "HHH",
                    fromPartner ? "HHH" : "PPP",
                    g >= 0 ? "040" : "190",
                    g,
                    g >= 0 ? 1 : 4));
        }
        Ledger ledger = new Ledger(List.of(Fixtures.baseline("PPP", "HHH", baseline)), evs, 180);
        TieThresholds th = new TieThresholds(hostileAtOrBelow, Math.min(9.9, hostileAtOrBelow + 3));
        Partner partner = new Partner("p", "P agencies", "PPP", List.of("roads"), Provenance.illustrative("test"));
        Eligibility e = Ties.eligibility(ledger, partner, "HHH", AT, th);
        TieReading tie = e.tie().orElseThrow();
        if (tie.tieClass() == TieClass.HOSTILE) {
            assertThat(e.eligible())
                    .as("seed %d: hostile tie %.3f let the partner work", seed, tie.tie())
                    .isFalse();
        }
        assertThat(e.eligible()).as("seed %d", seed).isEqualTo(tie.tie() > hostileAtOrBelow);
    }
}
