package dev.crossroads.rebuild.schedule;

/** Solver limits: wall-clock seconds, parallel workers, random seed. */
public record SolveParameters(double timeLimitSeconds, int workers, int seed) {
    public SolveParameters {
        if (!(timeLimitSeconds > 0)) {
            throw new IllegalArgumentException("time limit must be positive, got " + timeLimitSeconds);
        }
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, got " + workers);
        }
    }

    public static SolveParameters of(double timeLimitSeconds) {
        return new SolveParameters(timeLimitSeconds, Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors())), 0);
    }
}
