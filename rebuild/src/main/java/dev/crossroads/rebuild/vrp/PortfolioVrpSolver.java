package dev.crossroads.rebuild.vrp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Solver {@code portfolio} (the default): a race over two cores. jsprit and OR-Tools each get their own thread
 * and the whole wall-time budget, independently and from the same start; the better solution wins: the one that leaves
 * fewer jobs out, then the lower objective. (Fewer jobs left out comes first because a solver that finds no
 * first solution returns every job left out at distance zero, which must not win where leaving jobs out is
 * not allowed and costs nothing.)
 *
 * <p>Why a race and not one library seeding the other: on the measured sets the leader changes with the
 * instance (jsprit on most CVRP instances up to a few hundred customers, OR-Tools on the large X instances and
 * on some time-windowed ones), and a race is never worse on an instance than either library alone with the
 * same wall time, whereas the one-thread sequence ({@link SeededVrpSolver}) gives each library only part of
 * it. The race also yields each library's own result, which the benchmark reports side by side.
 */
public final class PortfolioVrpSolver implements VrpSolver {
    private final List<VrpSolver> members;

    public PortfolioVrpSolver() {
        this(List.of(new JspritVrpSolver(), new OrToolsVrpSolver()));
    }

    PortfolioVrpSolver(List<VrpSolver> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a portfolio needs at least one solver");
        }
        this.members = List.copyOf(members);
    }

    @Override
    public String name() {
        return "portfolio";
    }

    /** The outcome of a race: the winner, named {@code portfolio(member)}, and every member's own solution. */
    public record Race(VrpSolution best, List<VrpSolution> members) {
        public Race {
            members = List.copyOf(members);
        }
    }

    @Override
    public VrpSolution solve(VrpProblem problem, Duration limit, Optional<VrpSolution> start) {
        return race(problem, limit, start).best();
    }

    /**
     * Every member gets the whole budget on its own thread; with an iteration budget each member's result, and so
     * the winner, is the same on every run (members whose solvers have no iteration notion stop on the wall limit).
     */
    @Override
    public VrpSolution solve(VrpProblem problem, VrpBudget budget, Optional<VrpSolution> start) {
        return race(problem, budget, start).best();
    }

    /** Runs every member on its own thread with the full limit; the calling thread runs the first one. */
    public Race race(VrpProblem problem, Duration limit, Optional<VrpSolution> start) {
        return race(problem, VrpBudget.wall(limit), start);
    }

    /** As {@link #race(VrpProblem, Duration, Optional)} with a budget (each member gets all of it). */
    public Race race(VrpProblem problem, VrpBudget limit, Optional<VrpSolution> start) {
        long t0 = System.nanoTime();
        List<CompletableFuture<VrpSolution>> others = new ArrayList<>();
        for (VrpSolver s : members.subList(1, members.size())) {
            others.add(CompletableFuture.supplyAsync(() -> s.solve(problem, limit, start), r -> {
                Thread t = new Thread(r, "portfolio-" + s.name());
                t.setDaemon(true);
                t.start();
            }));
        }
        List<VrpSolution> results = new ArrayList<>();
        results.add(members.get(0).solve(problem, limit, start));
        for (CompletableFuture<VrpSolution> f : others) {
            try {
                results.add(f.join());
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw e;
            }
        }
        VrpSolution best = results.stream()
                .min(Comparator.comparingInt((VrpSolution s) -> s.unassigned().size())
                        .thenComparingDouble(s -> s.objective(problem)))
                .orElseThrow();
        long elapsed = (System.nanoTime() - t0) / 1_000_000;
        VrpSolution winner = new VrpSolution(
                name() + "(" + best.solver() + ")", best.routes(), best.unassigned(), best.distance(), elapsed);
        return new Race(winner, results);
    }
}
