package dev.crossroads.relations.ledger;

/**
 * An edge of the signed graph: two states and their score; the sign is +1, -1 (or 0 below the threshold).
 * {@code projectedPoints}: the part of the score that projected events make (0 when none).
 */
public record SignedEdge(String a, String b, double score, int sign, double projectedPoints) {
    public SignedEdge(String a, String b, double score, int sign) {
        this(a, b, score, sign, 0);
    }
}
