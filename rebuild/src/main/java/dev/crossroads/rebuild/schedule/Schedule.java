package dev.crossroads.rebuild.schedule;

import java.util.List;

/**
 * A solution of a {@link SchedulingProblem}.
 *
 * @param start  per task its start, or -1 when left out
 * @param mode   per task the index of its mode, or -1 when left out
 * @param trace  the improving solutions as they were found (seconds, objective)
 */
public record Schedule(Status status, int[] start, int[] mode, double objective, double bound, double seconds,
                       List<Improvement> trace) {
    public Schedule {
        start = start.clone();
        mode = mode.clone();
        trace = List.copyOf(trace);
    }

    public boolean present(int task) {
        return mode[task] >= 0;
    }

    /** How the solve ended. */
    public enum Status { OPTIMAL, FEASIBLE, INFEASIBLE, UNKNOWN }

    /** One improving solution: when it was found and its objective. */
    public record Improvement(double seconds, double objective, double bound) {
    }
}
