package dev.crossroads.rebuild.rcpsp;

/** The outcome of solving an RCPSP instance: makespan, the solver's proven lower bound, starts per job. */
public record RcpspResult(String instance, int makespan, int lowerBound, boolean optimal, double seconds, int[] start) {
    public RcpspResult {
        start = start.clone();
    }
}
