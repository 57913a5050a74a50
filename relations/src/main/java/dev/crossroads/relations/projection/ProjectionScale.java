package dev.crossroads.relations.projection;

import dev.crossroads.relations.RelationsException;

/**
 * How much a projected event weighs, by the size of the contribution it projects: weight =
 * min({@code maxWeight}, amount / reference), the reference being {@code bcmPerEvent} for gas and
 * {@code usdPerEvent} for packages. A weight of 1 makes the projected event count like one reported event of
 * the same CAMEO code. These are judgements, not estimates: the defaults say that a year's delivery of 1 bcm
 * (about the volume of the reported Kilis–Aleppo flow that the pack records as one event, e20250802-aze-syr-061)
 * or a $100 million package is worth one such event, and that no single contribution counts for more than three.
 * Change them to test how much the conclusions rest on them.
 */
public record ProjectionScale(double bcmPerEvent, double usdPerEvent, double maxWeight) {
    public static final ProjectionScale DEFAULT = new ProjectionScale(1.0, 100e6, 3.0);

    public ProjectionScale {
        if (!(bcmPerEvent > 0) || !Double.isFinite(bcmPerEvent)) {
            throw new RelationsException(
                    "projection scale: bcm per event must be a positive number, got " + bcmPerEvent);
        }
        if (!(usdPerEvent > 0) || !Double.isFinite(usdPerEvent)) {
            throw new RelationsException(
                    "projection scale: USD per event must be a positive number, got " + usdPerEvent);
        }
        if (!(maxWeight > 0) || !Double.isFinite(maxWeight)) {
            throw new RelationsException(
                    "projection scale: the largest weight must be a positive number, got " + maxWeight);
        }
    }

    /** The weight of a contribution of this size. */
    public double weight(HubContribution c) {
        double reference = c.kind() == HubContribution.Kind.GAS_DELIVERY ? bcmPerEvent : usdPerEvent;
        return Math.min(maxWeight, c.amount() / reference);
    }

    /** The rule in words, for the evidence. */
    public String describe(HubContribution c) {
        return c.kind() == HubContribution.Kind.GAS_DELIVERY
                ? String.format(
                        java.util.Locale.ROOT,
                        "weight = min(%.2f, %.3f bcm / %.3f bcm per event)",
                        maxWeight,
                        c.amount(),
                        bcmPerEvent)
                : String.format(
                        java.util.Locale.ROOT,
                        "weight = min(%.2f, $%,.0f / $%,.0f per event)",
                        maxWeight,
                        c.amount(),
                        usdPerEvent);
    }
}
