package dev.crossroads.rebuild.schedule;

import java.util.List;

/**
 * A solution of a {@link SchedulingProblem}.
 *
 * @param start  per task its start, or -1 when left out
 * @param mode   per task the index of its mode, or -1 when left out
 * @param trace  the improving solutions as they were found (seconds, objective)
 */
public record Schedule(
        Status status,
        int[] start,
        int[] mode,
        double objective,
        double bound,
        double seconds,
        List<Improvement> trace,
        double workSeconds,
        StopReason stoppedBy) {
    public Schedule {
        start = start.clone();
        mode = mode.clone();
        trace = List.copyOf(trace);
    }

    public Schedule(
            Status status,
            int[] start,
            int[] mode,
            double objective,
            double bound,
            double seconds,
            List<Improvement> trace) {
        this(status, start, mode, objective, bound, seconds, trace, 0, StopReason.PROVED);
    }

    /**
     * What ended the search: a proof (optimal or infeasible), the deterministic work limit (reproducible), the
     * wall-clock limit (not reproducible), or a given plan that the search did not beat.
     */
    public enum StopReason {
        PROVED,
        WORK_LIMIT,
        TIME_LIMIT;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public boolean present(int task) {
        return mode[task] >= 0;
    }

    /** How the solve ended. */
    public enum Status {
        OPTIMAL,
        FEASIBLE,
        INFEASIBLE,
        UNKNOWN
    }

    /** One improving solution: when it was found and its objective. */
    public record Improvement(double seconds, double objective, double bound) {}
}
