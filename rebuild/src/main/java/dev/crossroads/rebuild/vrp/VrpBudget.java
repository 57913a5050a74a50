package dev.crossroads.rebuild.vrp;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * How long a routing solver may search: a wall-time limit, and optionally a budget of iterations in the solver's own
 * unit of search. With an iteration budget the search is a deterministic function of the problem, the solver's seed
 * and the budget, so two runs give the same solution whatever the machine's load; the wall limit is then only an
 * outer safety limit (a search it stops depends on the machine). Without one, the wall limit stops the search (what a
 * benchmark at a fixed time measures).
 *
 * <p>The unit of an iteration is the solver's own: {@code hgs} offspring (each crossed over, split and improved by
 * local search), {@code jsprit} ruin-and-recreate iterations, {@code ortools} solutions found by the routing search
 * (its {@code solution_limit}). A portfolio gives each member the whole budget (they race on their own threads); the
 * one-thread {@code seeded} solver splits it between its two members as it splits the wall time.
 *
 * @param wallLimit  wall-clock limit (positive)
 * @param iterations iterations in the solver's unit (positive), or empty for the wall limit alone
 */
public record VrpBudget(Duration wallLimit, OptionalLong iterations) {
    public VrpBudget {
        if (wallLimit == null || wallLimit.isNegative() || wallLimit.isZero()) {
            throw new IllegalArgumentException("a routing budget needs a positive wall-time limit, got " + wallLimit);
        }
        if (iterations == null) {
            throw new IllegalArgumentException("iterations must be given (OptionalLong.empty() for none)");
        }
        if (iterations.isPresent() && iterations.getAsLong() < 1) {
            throw new IllegalArgumentException("an iteration budget must be at least 1, got " + iterations.getAsLong());
        }
    }

    /** The wall limit alone: the search runs until it (not reproducible under varying load). */
    public static VrpBudget wall(Duration limit) {
        return new VrpBudget(limit, OptionalLong.empty());
    }

    /** An iteration budget with a wall-time safety limit. */
    public static VrpBudget iterations(long iterations, Duration safetyLimit) {
        return new VrpBudget(safetyLimit, OptionalLong.of(iterations));
    }

    /** Whether an iteration budget is set (the search is then reproducible unless the wall limit stops it). */
    public boolean deterministic() {
        return iterations.isPresent();
    }

    /**
     * A share of this budget for one of several solvers run one after the other: that share of the wall limit (at
     * least a millisecond) and of the iterations (at least one).
     */
    public VrpBudget share(double fraction) {
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("a budget share lies in (0, 1], got " + fraction);
        }
        Duration wall = Duration.ofNanos(Math.max(1_000_000L, Math.round(wallLimit.toNanos() * fraction)));
        OptionalLong it = iterations.isPresent()
                ? OptionalLong.of(Math.max(1, Math.round(iterations.getAsLong() * fraction)))
                : OptionalLong.empty();
        return new VrpBudget(wall, it);
    }

    /** The same iterations with another wall limit (what is left of it, for a solver that runs second). */
    public VrpBudget withWallLimit(Duration limit) {
        return new VrpBudget(limit, iterations);
    }

    @Override
    public String toString() {
        return iterations.isPresent()
                ? iterations.getAsLong() + " iterations (wall limit " + wallLimit.toMillis() + " ms)"
                : wallLimit.toMillis() + " ms";
    }
}
