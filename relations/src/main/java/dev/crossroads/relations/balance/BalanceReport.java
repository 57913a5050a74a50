package dev.crossroads.relations.balance;

import dev.crossroads.relations.ledger.SignedEdge;
import java.time.LocalDate;
import java.util.List;

/**
 * Structural balance of the signed graph at a date: its triads, the unbalanced ones, the frustration index
 * (the fewest edges whose sign change makes the graph balanced) with the edges to flip, whether it is exact
 * ({@code method} says how it was found), and the triads that changed since an earlier date.
 */
public record BalanceReport(
        LocalDate at,
        LocalDate since,
        int nodes,
        int edges,
        int triads,
        List<Triad> unbalanced,
        int frustration,
        boolean exact,
        String method,
        List<SignedEdge> frustratedEdges,
        List<TriadChange> changed) {
    public BalanceReport {
        unbalanced = List.copyOf(unbalanced);
        frustratedEdges = List.copyOf(frustratedEdges);
        changed = List.copyOf(changed);
    }
}
