package dev.crossroads.relations.ledger;

import java.time.LocalDate;

/** The dyad's score on one date of a timeline. */
public record TimelinePoint(LocalDate date, double score) {
}
