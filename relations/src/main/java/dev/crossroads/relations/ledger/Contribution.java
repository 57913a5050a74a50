package dev.crossroads.relations.ledger;

/**
 * What one event adds to a dyad's score at a date: Goldstein score x weight x decay, where decay is
 * 0.5^(age in days / half-life). {@code viaMediation}: the event was hosted or mediated by one side of the
 * dyad and counts for its ties with both parties (at the Goldstein score of CAMEO 043, host a visit).
 * {@code projected}: the event is a scenario's projection, not a report.
 */
public record Contribution(LedgerEvent event, double decay, double points, boolean viaMediation) {
    public boolean isProjected() {
        return event.isProjected();
    }
}
