package dev.crossroads.rebuild.vrp;

import java.time.Duration;
import java.util.Optional;

/** A routing solver: one of the library cores or a portfolio over them. Single-threaded, deterministic seed. */
public interface VrpSolver {
    String name();

    /**
     * Solves within the wall-time limit, starting from {@code start} where the solver can use a first
     * solution.
     */
    VrpSolution solve(VrpProblem problem, Duration limit, Optional<VrpSolution> start);

    default VrpSolution solve(VrpProblem problem, Duration limit) {
        return solve(problem, limit, Optional.empty());
    }
}
