package dev.crossroads.relations.mediation;

import static dev.crossroads.relations.Fixtures.baseline;
import static dev.crossroads.relations.Fixtures.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.relations.ledger.Ledger;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Non-participation reads the whole record; one happening coded twice is one prior mediation. */
class HistoryTest {
    static Component component(MediatorRanking.Result r, String state, String name) {
        return r.ranking().stream().filter(s -> s.state().equals(state)).findFirst().orElseThrow().components().stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aStateThatFoughtInTheConflictYearsAgoStillTookPartInIt() {
        Ledger l = new Ledger(
                List.of(baseline("XXX", "YYY", -6), baseline("RRR", "XXX", 2), baseline("RRR", "YYY", 2)),
                List.of(event("old", "2015-09-30", "RRR", "XXX", "195", -10, 4)),
                180);
        MediatorRanking.Result r = MediatorRanking.rank(
                l, Map.of(), "XXX", "YYY", LocalDate.of(2025, 8, 1), MediatorWeights.DEFAULT, c -> c);
        Component np = component(r, "RRR", "nonParticipation");
        assertThat(np.value()).isEqualTo(0.5);
        assertThat(np.evidence()).extracting(e -> e.id()).containsExactly("old");
        assertThat(np.explanation()).contains("2015-09-30");
    }

    @Test
    void oneMeetingCodedTwiceCountsOnceAsPriorMediation() {
        List<dev.crossroads.relations.ledger.LedgerEvent> once =
                List.of(event("n", "2025-04-09", "XXX", "YYY", Optional.of("HHH"), "046", 7, 1));
        List<dev.crossroads.relations.ledger.LedgerEvent> twice =
                List.of(once.get(0), event("r", "2025-04-09", "YYY", "XXX", Optional.of("HHH"), "130", -4.4, 3));
        var base = List.of(baseline("XXX", "YYY", -6), baseline("HHH", "XXX", 3), baseline("HHH", "YYY", 3));
        LocalDate at = LocalDate.of(2025, 8, 1);
        Component a = component(
                MediatorRanking.rank(
                        new Ledger(base, once, 180), Map.of(), "XXX", "YYY", at, MediatorWeights.DEFAULT, c -> c),
                "HHH",
                "priorMediation");
        Component b = component(
                MediatorRanking.rank(
                        new Ledger(base, twice, 180), Map.of(), "XXX", "YYY", at, MediatorWeights.DEFAULT, c -> c),
                "HHH",
                "priorMediation");
        assertThat(b.value()).isEqualTo(a.value());
        assertThat(b.evidence()).hasSize(1);
    }
}
