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

    /**
     * Solves within a {@link VrpBudget}: with an iteration budget the result is the same on every run (for the
     * solver's seed), the wall limit then being only an outer safety limit. A solver without an iteration notion
     * stops on the wall limit alone (this default).
     */
    default VrpSolution solve(VrpProblem problem, VrpBudget budget, Optional<VrpSolution> start) {
        return solve(problem, budget.wallLimit(), start);
    }

    default VrpSolution solve(VrpProblem problem, VrpBudget budget) {
        return solve(problem, budget, Optional.empty());
    }
}
