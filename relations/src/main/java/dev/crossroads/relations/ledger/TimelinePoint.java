package dev.crossroads.relations.ledger;

import java.time.LocalDate;

/**
 * The dyad's score on one date of a timeline; {@code projectedPoints} is the part projected events make (0 when
 * none), so the reported curve is {@code score - projectedPoints}.
 */
public record TimelinePoint(LocalDate date, double score, double projectedPoints) {
    public TimelinePoint(LocalDate date, double score) {
        this(date, score, 0);
    }

    public double reportedScore() {
        return score - projectedPoints;
    }
}
