package dev.crossroads.relations.ledger;

import static dev.crossroads.relations.Fixtures.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.crossroads.core.Provenance;
import dev.crossroads.core.model.BaselineRelation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Baseline eras: the row in force at a date, and the events an era already holds. */
class EraTest {
    static BaselineRelation era(double score, String kind, String since) {
        return new BaselineRelation(
                "AAA",
                "BBB",
                score,
                kind,
                Optional.ofNullable(since).map(LocalDate::parse),
                Provenance.illustrative("test"));
    }

    final Ledger ledger = new Ledger(
            List.of(era(2, "normal", "2025-08-08"), era(-7, "hostile", "2020-11-10")),
            List.of(
                    event("war", "2020-09-27", "AAA", "BBB", "190", -10, 4),
                    event("talks", "2025-03-13", "AAA", "BBB", "046", 7, 1),
                    event("treaty", "2025-08-08", "AAA", "BBB", "057", 8, 1),
                    event("later", "2025-09-01", "AAA", "BBB", "042", 1.9, 1)),
            180);

    @Test
    void beforeTheTreatyTheHostileEraHoldsAndItsLaterEventsCount() {
        DyadScore s = ledger.score("AAA", "BBB", LocalDate.of(2025, 8, 1));
        assertThat(s.baseline()).isEqualTo(-7);
        assertThat(s.baselineKind()).isEqualTo("hostile");
        assertThat(s.baselineSince()).contains(LocalDate.of(2020, 11, 10));
        assertThat(s.contributions()).extracting(c -> c.event().id()).containsExactly("talks"); // the war is in the era
        assertThat(s.score()).isLessThan(0);
    }

    @Test
    void fromTheTreatyTheNewEraHoldsTheTreatyAndEverythingBefore() {
        DyadScore s = ledger.score("AAA", "BBB", LocalDate.of(2025, 8, 8));
        assertThat(s.baseline()).isEqualTo(2);
        assertThat(s.contributions()).isEmpty();
        assertThat(s.score()).isEqualTo(2);
        assertThat(ledger.score("AAA", "BBB", LocalDate.of(2025, 9, 1)).contributions())
                .extracting(c -> c.event().id())
                .containsExactly("later");
    }

    @Test
    void beforeTheFirstEraItsRowHoldsWithEveryEvent() {
        DyadScore s = ledger.score("AAA", "BBB", LocalDate.of(2020, 10, 1));
        assertThat(s.baseline()).isEqualTo(-7);
        assertThat(s.baselineSince()).isEmpty();
        assertThat(s.score()).isCloseTo(-7 - 10 * Math.pow(0.5, 4 / 180.0), within(1e-9));
    }

    @Test
    void theTimelineHasAPointWhereAnEraBegins() {
        DyadTimeline t = ledger.timeline("AAA", "BBB", LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 30), 60);
        assertThat(t.points()).extracting(TimelinePoint::date).contains(LocalDate.of(2025, 8, 8));
        assertThat(t.points())
                .filteredOn(p -> p.date().equals(LocalDate.of(2025, 8, 8)))
                .singleElement()
                .satisfies(p -> assertThat(p.score()).isEqualTo(2));
    }

    @Test
    void aHostedHappeningCodedTwiceEarnsItsHostOnce() {
        Ledger l = new Ledger(
                List.of(),
                List.of(
                        event("n", "2025-04-09", "TTT", "III", Optional.of("HHH"), "046", 7, 1),
                        event("r", "2025-04-09", "III", "TTT", Optional.of("HHH"), "130", -4.4, 3)),
                180);
        DyadScore hi = l.score("HHH", "III", LocalDate.of(2025, 4, 9));
        assertThat(hi.contributions()).hasSize(1);
        assertThat(hi.score()).isEqualTo(Ledger.HOSTING_POINTS);
    }
}
