package dev.crossroads.rebuild.schedule;

import java.util.Optional;

/**
 * Runs CP-SAT in a child JVM (see {@link CpSchedulerChildJvmTest}) on small random RCPSP instances whose horizon is one
 * below a genetic schedule's makespan, with two workers and a work limit: many of these models are infeasible and
 * carry the serial schedule as a hint, the case where OR-Tools 9.14's interleaved search aborted the process
 * ("Check failed: heuristics.fixed_search != nullptr"). Prints "done" when every solve returned.
 */
final class CpSchedulerChild {
    private CpSchedulerChild() {}

    public static void main(String[] args) {
        int seeds = Integer.parseInt(args[0]);
        int workers = Integer.parseInt(args[1]);
        for (int seed = 0; seed < seeds; seed++) {
            for (int n = 1; n <= 14; n++) {
                SchedulingProblem p = MakespanSearchTest.random(seed, n).toProblem();
                int ms = SerialSgs.makespan(p, Genetic.run(p, Graph.of(p), seed, 30));
                if (ms < 2) {
                    continue;
                }
                SchedulingProblem capped = new SchedulingProblem(
                        p.tasks(),
                        p.resources(),
                        p.precedences(),
                        p.budgets(),
                        p.startOrder(),
                        ms - 1,
                        p.objective(),
                        Optional.empty());
                System.out.println("instance seed " + seed + " tasks " + n);
                System.out.flush();
                Schedule s =
                        CpScheduler.solve(capped, new SolveParameters(60, workers, seed, 0.5), SolveListener.none());
                System.out.println("  " + s.status());
            }
        }
        System.out.println("done");
    }
}
