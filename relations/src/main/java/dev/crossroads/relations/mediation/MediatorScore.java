package dev.crossroads.relations.mediation;

import java.util.List;

/**
 * A third party ranked for a dyad: its score (sum of the components' points), the components, its ties to
 * each side, and its bias (tie to A minus tie to B, over 10, in [-1, 1]; positive leans to A), reported
 * beside the score and not folded into it.
 */
public record MediatorScore(
        int rank,
        String state,
        String name,
        double score,
        double tieToA,
        double tieToB,
        double bias,
        String leansTo,
        List<Component> components) {
    public MediatorScore {
        components = List.copyOf(components);
    }
}
