package dev.crossroads.relations.ledger;

import java.time.LocalDate;
import java.util.List;

/**
 * A state's portfolio of ties at a date, compared with an earlier date: every partner it has a baseline or
 * events with, strongest first, and summary figures (sum of positive and negative ties, their balance).
 */
public record Portfolio(
        String state,
        LocalDate since,
        LocalDate at,
        List<Tie> ties,
        double positiveSum,
        double negativeSum,
        double positiveSumBefore,
        double negativeSumBefore) {
    public Portfolio {
        ties = List.copyOf(ties);
    }
}
