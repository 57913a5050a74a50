package dev.crossroads.relations.ledger;

/** An edge of the signed graph: two states and their score; the sign is +1, -1 (or 0 below the threshold). */
public record SignedEdge(String a, String b, double score, int sign) {
}
