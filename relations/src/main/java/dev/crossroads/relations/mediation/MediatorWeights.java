package dev.crossroads.relations.mediation;

/**
 * Weights of the mediator score, the same for every dyad:
 * <pre>score = reach*0.30 + evenHandedness*0.15 + nonParticipation*0.15 + priorMediation*0.25
 *       + sharedMemberships*0.15 - hostility*0.30</pre>
 * Reach and prior mediation weigh most: a mediator needs access to both sides (leverage and channels) and
 * a record of having brought parties together. Bias is not in the score (a biased mediator can still be
 * credible, Kydd 2003); it is reported beside it.
 */
public record MediatorWeights(
        double reach,
        double evenHandedness,
        double nonParticipation,
        double priorMediation,
        double sharedMemberships,
        double hostility) {
    public static final MediatorWeights DEFAULT = new MediatorWeights(0.30, 0.15, 0.15, 0.25, 0.15, 0.30);

    public MediatorWeights {
        for (double w :
                new double[] {reach, evenHandedness, nonParticipation, priorMediation, sharedMemberships, hostility}) {
            if (!(w >= 0) || !Double.isFinite(w)) {
                throw new IllegalArgumentException("mediator weights must be finite and not negative");
            }
        }
    }
}
