package dev.crossroads.relations.ledger;

import static dev.crossroads.relations.Fixtures.baseline;
import static dev.crossroads.relations.Fixtures.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LedgerTest {
    final Ledger ledger = new Ledger(
            List.of(baseline("AAA", "BBB", 2)),
            List.of(
                    event("e1", "2025-01-01", "AAA", "BBB", "057", 8, 1),
                    event("e2", "2025-07-01", "BBB", "AAA", "190", -10, 4),
                    event("e3", "2025-03-01", "CCC", "DDD", Optional.of("AAA"), "046", 7, 1)),
            180);

    @Test
    void scoreIsBaselineBeforeAnyEvent() {
        assertThat(ledger.score("AAA", "BBB", LocalDate.of(2024, 12, 31)).score())
                .isEqualTo(2.0);
    }

    @Test
    void anEventCountsFullyOnItsDayAndHalfAfterOneHalfLife() {
        assertThat(ledger.score("AAA", "BBB", LocalDate.of(2025, 1, 1)).score()).isCloseTo(10.0, within(1e-9));
        assertThat(ledger.score("AAA", "BBB", LocalDate.of(2025, 1, 1).plusDays(180))
                        .score())
                .isCloseTo(6.0, within(1e-9));
    }

    @Test
    void directionDoesNotMatterAndLaterEventsAreLeftOut() {
        LocalDate d = LocalDate.of(2025, 6, 30);
        assertThat(ledger.score("BBB", "AAA", d).score())
                .isEqualTo(ledger.score("AAA", "BBB", d).score());
        assertThat(ledger.score("AAA", "BBB", d).contributions())
                .extracting(c -> c.event().id())
                .containsExactly("e1");
    }

    @Test
    void hostingCountsForTheHostsTiesWithBothParties() {
        DyadScore ab = ledger.score("AAA", "CCC", LocalDate.of(2025, 3, 1));
        assertThat(ab.contributions()).singleElement().satisfies(c -> {
            assertThat(c.viaMediation()).isTrue();
            assertThat(c.points()).isEqualTo(Ledger.HOSTING_POINTS);
        });
    }

    @Test
    void timelineShowsTheEventsThatMovedItWithTheirJump() {
        DyadTimeline t = ledger.timeline("AAA", "BBB", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), 30);
        assertThat(t.events()).extracting(c -> c.event().id()).containsExactly("e1", "e2");
        assertThat(t.events().get(1).points()).isEqualTo(-10.0);
        assertThat(t.points()).extracting(TimelinePoint::date).contains(LocalDate.of(2025, 7, 1));
        TimelinePoint before = t.points().stream()
                .filter(p -> p.date().equals(LocalDate.of(2025, 6, 30)))
                .findFirst()
                .orElseThrow();
        TimelinePoint on = t.points().stream()
                .filter(p -> p.date().equals(LocalDate.of(2025, 7, 1)))
                .findFirst()
                .orElseThrow();
        assertThat(on.score() - before.score()).isCloseTo(-10.0, within(0.1));
    }

    @Test
    void graphSignsFollowScores() {
        SignedGraph g = ledger.graph(LocalDate.of(2025, 7, 1), 1.0);
        assertThat(g.edges()).anySatisfy(e -> {
            assertThat(e.a() + e.b()).isEqualTo("AAABBB");
            assertThat(e.sign()).isEqualTo(-1);
        });
    }

    @Test
    void portfolioComparesTwoDates() {
        Portfolio p = ledger.portfolio("AAA", LocalDate.of(2024, 12, 1), LocalDate.of(2025, 2, 1));
        Tie b = p.ties().stream()
                .filter(t -> t.partner().equals("BBB"))
                .findFirst()
                .orElseThrow();
        assertThat(b.before()).isEqualTo(2.0);
        assertThat(b.shift()).isPositive();
        assertThat(b.moves()).extracting(c -> c.event().id()).containsExactly("e1");
    }

    @Test
    void badHalfLifeIsRefused() {
        assertThatThrownBy(() -> new Ledger(List.of(), List.of(), 0)).hasMessageContaining("half-life");
    }
}
