package dev.crossroads.relations.ties;

/** How a tie reads against the pack's thresholds ({@link dev.crossroads.core.model.TieThresholds}). */
public enum TieClass {
    HOSTILE,
    NEUTRAL,
    FRIENDLY
}
