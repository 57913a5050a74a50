package dev.crossroads.relations.mediation;

import dev.crossroads.relations.ledger.LedgerEvent;
import java.util.List;

/**
 * One component of a mediator's score: its value in [0, 1], its weight (negative for the hostility
 * penalty), what it adds to the score, how it was computed, and the events behind it.
 */
public record Component(
        String name, double value, double weight, double points, String explanation, List<LedgerEvent> evidence) {
    public Component {
        evidence = List.copyOf(evidence);
    }
}
