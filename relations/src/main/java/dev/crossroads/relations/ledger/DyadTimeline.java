package dev.crossroads.relations.ledger;

import java.time.LocalDate;
import java.util.List;

/**
 * A dyad's score over time (one point per step and one on each event date), and the events that moved it,
 * each with the jump it caused on its date ({@code points} of the contribution at age 0).
 */
public record DyadTimeline(
        String a,
        String b,
        LocalDate from,
        LocalDate to,
        double baseline,
        double halfLifeDays,
        List<TimelinePoint> points,
        List<Contribution> events) {
    public DyadTimeline {
        points = List.copyOf(points);
        events = List.copyOf(events);
    }
}
