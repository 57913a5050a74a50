package dev.crossroads.rebuild.schedule;

/**
 * Solver limits.
 *
 * @param timeLimitSeconds wall-clock seconds: with a work limit, only an outer safety limit (a run it stops is
 *                         not reproducible, and says so)
 * @param workers          parallel CP-SAT workers
 * @param seed             the random seed
 * @param workLimit        deterministic work in CP-SAT's deterministic seconds (a count of operations, about a
 *                         second of one core on the machine it was calibrated on); {@code +Infinity} for none.
 *                         With a finite work limit the search is deterministic: same model, parameters and seed
 *                         give the same result whatever the machine's speed or load. CP-SAT then runs one worker
 *                         whatever {@code workers} says: its only deterministic multi-worker mode (the interleaved
 *                         search) aborts the process on some hinted infeasible models in OR-Tools 9.14
 */
public record SolveParameters(double timeLimitSeconds, int workers, int seed, double workLimit) {
    public SolveParameters {
        if (!(timeLimitSeconds > 0)) {
            throw new IllegalArgumentException("time limit must be positive, got " + timeLimitSeconds);
        }
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, got " + workers);
        }
        if (!(workLimit > 0)) {
            throw new IllegalArgumentException("work limit must be positive (or infinite for none), got " + workLimit);
        }
    }

    /** Wall-clock limit only (not reproducible when the limit stops the search). */
    public SolveParameters(double timeLimitSeconds, int workers, int seed) {
        this(timeLimitSeconds, workers, seed, Double.POSITIVE_INFINITY);
    }

    public static SolveParameters of(double timeLimitSeconds) {
        return new SolveParameters(
                timeLimitSeconds, Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors())), 0);
    }

    /** Whether a deterministic work limit is set (the search is then reproducible unless the wall clock stops it). */
    public boolean deterministic() {
        return Double.isFinite(workLimit);
    }

    public SolveParameters withWorkLimit(double w) {
        return new SolveParameters(timeLimitSeconds, workers, seed, w);
    }

    public SolveParameters withTimeLimit(double seconds) {
        return new SolveParameters(seconds, workers, seed, workLimit);
    }
}
