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

/** A hostile dyad XXX-YYY and three candidates: a host friendly with both, a friend of one side, a party to the war. */
class MediatorRankingTest {
    final Ledger ledger = new Ledger(
            List.of(
                    baseline("XXX", "YYY", -6),
                    baseline("HHH", "XXX", 4),
                    baseline("HHH", "YYY", 4),
                    baseline("FFF", "XXX", 8),
                    baseline("FFF", "YYY", -1),
                    baseline("WWW", "XXX", 2),
                    baseline("WWW", "YYY", 3)),
            List.of(
                    event("m1", "2025-04-09", "XXX", "YYY", Optional.of("HHH"), "046", 7, 1),
                    event("w1", "2025-06-01", "WWW", "XXX", "190", -10, 4)),
            180);

    MediatorRanking.Result rank() {
        return MediatorRanking.rank(
                ledger, Map.of(), "XXX", "YYY", LocalDate.of(2025, 8, 1), MediatorWeights.DEFAULT, c -> c);
    }

    @Test
    void theHostFriendlyWithBothRanksFirst() {
        MediatorRanking.Result r = rank();
        assertThat(r.ranking().get(0).state()).isEqualTo("HHH");
        Component prior = r.ranking().get(0).components().stream()
                .filter(c -> c.name().equals("priorMediation"))
                .findFirst()
                .orElseThrow();
        assertThat(prior.value()).isPositive();
        assertThat(prior.evidence()).extracting(e -> e.id()).containsExactly("m1");
    }

    @Test
    void biasIsReportedBesideTheScoreNotInIt() {
        MediatorScore f = rank().ranking().stream()
                .filter(s -> s.state().equals("FFF"))
                .findFirst()
                .orElseThrow();
        assertThat(f.bias()).isPositive();
        assertThat(f.leansTo()).isEqualTo("XXX");
        double sum = f.components().stream().mapToDouble(Component::points).sum();
        assertThat(f.score()).isEqualTo(sum);
        assertThat(f.components()).extracting(Component::name).doesNotContain("bias");
    }

    @Test
    void fightingOneSideCostsNonParticipationAndShowsTheEvent() {
        MediatorScore w = rank().ranking().stream()
                .filter(s -> s.state().equals("WWW"))
                .findFirst()
                .orElseThrow();
        Component np = w.components().stream()
                .filter(c -> c.name().equals("nonParticipation"))
                .findFirst()
                .orElseThrow();
        assertThat(np.value()).isLessThan(1);
        assertThat(np.evidence()).extracting(e -> e.id()).containsExactly("w1");
    }

    @Test
    void hostileTiesArePenalised() {
        MediatorScore w = rank().ranking().stream()
                .filter(s -> s.state().equals("WWW"))
                .findFirst()
                .orElseThrow();
        Component h = w.components().stream()
                .filter(c -> c.name().equals("hostility"))
                .findFirst()
                .orElseThrow();
        assertThat(h.value()).isPositive();
        assertThat(h.points()).isNegative();
    }

    @Test
    void ranksAreConsecutive() {
        List<MediatorScore> r = rank().ranking();
        for (int i = 0; i < r.size(); i++) {
            assertThat(r.get(i).rank()).isEqualTo(i + 1);
        }
    }
}
