package dev.crossroads.relations.ledger;

import java.util.List;

/**
 * One tie of a state's portfolio: the partner, its score then and now, the shift, and the events behind it.
 * {@code projectedPoints}: the part of {@code now} that projected events make (0 when none).
 */
public record Tie(
        String partner, double before, double now, double shift, double projectedPoints, List<Contribution> moves) {
    public Tie {
        moves = List.copyOf(moves);
    }
}
