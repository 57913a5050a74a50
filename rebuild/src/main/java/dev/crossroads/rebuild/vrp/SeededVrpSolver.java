package dev.crossroads.rebuild.vrp;

import java.time.Duration;
import java.util.Optional;

/**
 * Solver {@code seeded}, the one-thread portfolio (it was {@code portfolio} until the two-core race replaced
 * it): both library cores in sequence on one thread within one wall-time budget: up to 400 jobs jsprit's
 * ruin-and-recreate first, then OR-Tools guided local search started from jsprit's best solution; above 400
 * jobs OR-Tools first and jsprit from its solution. The better of the two is returned. The split follows the measurements in bench/README-logistics.md: jsprit leads on instances up
 * to a few hundred jobs, OR-Tools on larger ones, so jsprit gets most of the time on small instances and a
 * short warm-up on large ones.
 */
public final class SeededVrpSolver implements VrpSolver {
    private final VrpSolver first;
    private final VrpSolver second;

    public SeededVrpSolver() {
        this(new JspritVrpSolver(), new OrToolsVrpSolver());
    }

    SeededVrpSolver(VrpSolver first, VrpSolver second) {
        this.first = first;
        this.second = second;
    }

    @Override
    public String name() {
        return "seeded";
    }

    /** Share of the budget jsprit gets, by number of jobs. */
    static double jspritShare(int jobs) {
        if (jobs <= 200) {
            return 0.75;
        }
        if (jobs <= 400) {
            return 0.5;
        }
        return 0.25;
    }

    @Override
    public VrpSolution solve(VrpProblem problem, Duration limit, Optional<VrpSolution> start) {
        return solve(problem, VrpBudget.wall(limit), start);
    }

    /**
     * The budget is split as the wall time is: the lead gets its share of the wall limit and of the iterations, the
     * follower the rest of both. (With an iteration budget the follower runs even when the wall time left is short,
     * so that the result does not depend on the machine.)
     */
    @Override
    public VrpSolution solve(VrpProblem problem, VrpBudget budget, Optional<VrpSolution> start) {
        Duration limit = budget.wallLimit();
        long t0 = System.nanoTime();
        double share = jspritShare(problem.jobs().size());
        // above 400 jobs jsprit's construction alone can exceed a short budget: OR-Tools goes first and seeds it
        boolean jspritFirst = problem.jobs().size() <= 400;
        VrpSolver lead = jspritFirst ? first : second;
        VrpSolver follow = jspritFirst ? second : first;
        double leadShare = jspritFirst ? share : 1 - share;
        long firstMs = Math.round(limit.toMillis() * leadShare);
        VrpSolution a = lead.solve(
                problem, budget.share(leadShare).withWallLimit(Duration.ofMillis(Math.max(1, firstMs))), start);
        long left = limit.toMillis() - (System.nanoTime() - t0) / 1_000_000;
        VrpSolution best = a;
        if (left > 50 || budget.deterministic()) {
            VrpBudget rest = budget.share(1 - leadShare).withWallLimit(Duration.ofMillis(Math.max(50, left)));
            VrpSolution b = follow.solve(problem, rest, Optional.of(a));
            boolean fewerLeftOut = b.unassigned().size() < a.unassigned().size();
            boolean asFewAndShorter = b.unassigned().size() == a.unassigned().size()
                    && b.objective(problem) < a.objective(problem) - 1e-9;
            if (fewerLeftOut || asFewAndShorter) {
                best = b;
            }
        }
        long elapsed = (System.nanoTime() - t0) / 1_000_000;
        return new VrpSolution(
                name() + "(" + best.solver() + ")", best.routes(), best.unassigned(), best.distance(), elapsed);
    }
}
