package dev.crossroads.relations.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossroads.core.pack.RegionPack;
import dev.crossroads.relations.HubPack;
import dev.crossroads.relations.RelationsEngine;
import dev.crossroads.relations.RelationsException;
import dev.crossroads.relations.ledger.DyadScore;
import dev.crossroads.relations.ledger.LedgerEvent;
import dev.crossroads.relations.mediation.MediatorComparison;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Contributions of the hub become projected events, kept apart from reported ones, and move ties and mediators. */
class ProjectionTest {
    static final LocalDate AT = LocalDate.of(2025, 8, 1);

    static HubContribution gas(String id, double bcm) {
        return new HubContribution(
                id,
                HubContribution.Kind.GAS_DELIVERY,
                "AAA",
                "CCC",
                LocalDate.of(2025, 6, 1),
                bcm,
                "bcm",
                "gas to C",
                List.of("scenario test.json markets[0]"));
    }

    @Test
    void aContributionBecomesAProjectedEventCodedFromTheCameoTableAndWeightedBySize() {
        List<LedgerEvent> p = Projection.project(
                List.of(
                        gas("g1", 2.0),
                        new HubContribution(
                                "k1",
                                HubContribution.Kind.PACKAGE_FUNDED,
                                "AAA",
                                "CCC",
                                LocalDate.of(2025, 7, 1),
                                50e6,
                                "USD",
                                "hospital",
                                List.of()),
                        gas("g2", 7.0)),
                ProjectionScale.DEFAULT);
        assertThat(p).extracting(LedgerEvent::id).containsExactly("p-g1", "p-k1", "p-g2");
        assertThat(p).allMatch(LedgerEvent::isProjected);
        assertThat(p.get(0).cameo()).isEqualTo("061");
        assertThat(p.get(0).goldstein()).isEqualTo(6.4); // CAMEO 061 cooperate economically
        assertThat(p.get(0).weight()).isEqualTo(2.0); // 2 bcm at 1 bcm per event
        assertThat(p.get(1).cameo()).isEqualTo("071");
        assertThat(p.get(1).weight()).isEqualTo(0.5); // $50 m at $100 m per event
        assertThat(p.get(2).weight()).isEqualTo(3.0); // capped
        assertThat(p.get(0).text()).startsWith("PROJECTED");
        assertThat(p.get(0).provenance())
                .anyMatch(s -> s.contains("scenario contribution g1"))
                .anyMatch(s -> s.contains("weight = min"));
        // the scale is the user's: halve the reference and the weight doubles
        assertThat(Projection.project(List.of(gas("g1", 1.0)), new ProjectionScale(0.5, 100e6, 3))
                        .get(0)
                        .weight())
                .isEqualTo(2.0);
    }

    @Test
    void badContributionsNameTheField() {
        assertThatThrownBy(() -> new HubContribution(
                        "g", HubContribution.Kind.GAS_DELIVERY, "AAA", "CCC", AT, 1, "USD", "", List.of()))
                .isInstanceOf(RelationsException.class)
                .hasMessageContaining("measured in bcm");
        assertThatThrownBy(() -> new HubContribution(
                        "g", HubContribution.Kind.GAS_DELIVERY, "AAA", "CCC", AT, -1, "bcm", "", List.of()))
                .hasMessageContaining("amount must be a positive number");
        assertThatThrownBy(() -> Projection.project(List.of(gas("g", 1), gas("g", 2)), ProjectionScale.DEFAULT))
                .hasMessageContaining("given twice");
    }

    @Test
    void aContributionToCRaisesTheProjectedTieAndLeavesTheReportedOneAlone(@TempDir Path tmp) {
        RegionPack pack = HubPack.load(tmp);
        RelationsEngine reported = RelationsEngine.of(pack, List.of(), RelationsEngine.Settings.DEFAULT);
        RelationsEngine projected = reported.withContributions(List.of(gas("g1", 2.0)), ProjectionScale.DEFAULT);
        DyadScore before = reported.score("AAA", "CCC", AT);
        DyadScore after = projected.score("AAA", "CCC", AT);
        assertThat(after.score()).isGreaterThan(before.score());
        assertThat(after.projectedPoints()).isPositive();
        assertThat(after.reportedScore()).isCloseTo(before.score(), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(projected.tie("AAA", "CCC", AT).tie())
                .isGreaterThan(projected.tie("AAA", "CCC", AT).reportedTie());
        // excluded again, the projected engine gives the reported figures
        assertThat(projected.reportedOnly().score("AAA", "CCC", AT).score()).isEqualTo(before.score());
        // kept apart everywhere: graph, portfolio, timeline
        assertThat(projected.graph(AT).edges())
                .filteredOn(e -> e.a().equals("AAA") && e.b().equals("CCC"))
                .singleElement()
                .satisfies(e -> assertThat(e.projectedPoints()).isEqualTo(after.projectedPoints()));
        assertThat(projected.balance("AAA", LocalDate.of(2025, 1, 1), AT).ties())
                .filteredOn(t -> t.partner().equals("CCC"))
                .singleElement()
                .satisfies(t -> assertThat(t.projectedPoints()).isPositive());
        assertThat(projected
                        .timeline("AAA", "CCC", LocalDate.of(2025, 5, 1), AT, 30)
                        .events())
                .anyMatch(c -> c.isProjected() && c.event().id().equals("p-g1"));
        // never as a reported event
        assertThatThrownBy(() -> RelationsEngine.of(
                        pack,
                        Projection.project(List.of(gas("g1", 1)), ProjectionScale.DEFAULT),
                        RelationsEngine.Settings.DEFAULT))
                .hasMessageContaining("projected");
    }

    @Test
    void theMediatorComponentsThatRestOnTheTieChangeAndSayWhy(@TempDir Path tmp) {
        RegionPack pack = HubPack.load(tmp);
        RelationsEngine engine = RelationsEngine.of(pack, List.of(), RelationsEngine.Settings.DEFAULT)
                .withContributions(List.of(gas("g1", 2.0)), ProjectionScale.DEFAULT);
        MediatorComparison cmp = engine.mediatorsCompared("CCC", "DDD", AT);
        MediatorComparison.Change hub = cmp.changes().stream()
                .filter(c -> c.state().equals("AAA"))
                .findFirst()
                .orElseThrow();
        assertThat(hub.tieToAAfter()).isGreaterThan(hub.tieToABefore());
        assertThat(hub.tieToBAfter()).isEqualTo(hub.tieToBBefore());
        assertThat(hub.scoreAfter()).isGreaterThan(hub.scoreBefore());
        assertThat(hub.components())
                .extracting(MediatorComparison.ComponentChange::name)
                .contains("reach", "evenHandedness")
                .doesNotContain("nonParticipation", "priorMediation", "sharedMemberships");
        for (MediatorComparison.ComponentChange c : hub.components()) {
            assertThat(c.valueAfter()).isNotEqualTo(c.valueBefore());
            assertThat(c.projectedEvents()).extracting(LedgerEvent::id).containsExactly("p-g1");
            assertThat(c.because()).contains(c.name()).contains("p-g1");
        }
        // a third party whose ties no projected event touches does not move
        assertThat(cmp.changes()).extracting(MediatorComparison.Change::state).doesNotContain("EEE");
        // and without projected events nothing changes
        assertThat(engine.reportedOnly().mediatorsCompared("CCC", "DDD", AT).changes())
                .isEmpty();
    }
}
