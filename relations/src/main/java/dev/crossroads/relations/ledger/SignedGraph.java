package dev.crossroads.relations.ledger;

import java.time.LocalDate;
import java.util.List;

/** The signed graph of states at a date: edges whose score is at least {@code threshold} in magnitude. */
public record SignedGraph(LocalDate at, double threshold, List<String> nodes, List<SignedEdge> edges) {
    public SignedGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }
}
