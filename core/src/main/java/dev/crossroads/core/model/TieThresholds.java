package dev.crossroads.core.model;

import dev.crossroads.core.ModelException;

/**
 * How a tie between two states is read at a date, from the pack's {@code pack.yaml} ({@code relations:
 * hostileAtOrBelow, friendlyAtOrAbove}). Ties are on the relations engine's bounded scale (-10, 10): a tie at or
 * below {@code hostileAtOrBelow} is hostile, at or above {@code friendlyAtOrAbove} friendly, neutral between.
 * The defaults (-5 and +3) are documented in {@code packs/FORMAT.md}: -5 is where the pack's own baseline kinds
 * turn from "strained" (-3 to -5) to "hostile" (-6 to -9), and +3 where "normal" (0 to +2) turns "friendly".
 */
public record TieThresholds(double hostileAtOrBelow, double friendlyAtOrAbove) {
    public static final TieThresholds DEFAULT = new TieThresholds(-5, 3);

    public TieThresholds {
        if (!Double.isFinite(hostileAtOrBelow) || hostileAtOrBelow <= -10 || hostileAtOrBelow >= 10) {
            throw new ModelException(
                    "hostileAtOrBelow",
                    "relations.hostileAtOrBelow must lie strictly between -10 and 10, got " + hostileAtOrBelow);
        }
        if (!Double.isFinite(friendlyAtOrAbove) || friendlyAtOrAbove <= -10 || friendlyAtOrAbove >= 10) {
            throw new ModelException(
                    "friendlyAtOrAbove",
                    "relations.friendlyAtOrAbove must lie strictly between -10 and 10, got " + friendlyAtOrAbove);
        }
        if (!(hostileAtOrBelow < friendlyAtOrAbove)) {
            throw new ModelException(
                    "friendlyAtOrAbove",
                    "relations.hostileAtOrBelow (" + hostileAtOrBelow + ") must be below relations.friendlyAtOrAbove ("
                            + friendlyAtOrAbove + ")");
        }
    }
}
