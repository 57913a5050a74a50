package dev.crossroads.rebuild.schedule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A genetic schedule generator for single-mode, all-mandatory problems (after Hartmann's activity-list GA and
 * Valls et al.'s justification): an individual is a vector of random keys (lower first) decoded by the serial
 * schedule-generation scheme and improved by forward-backward justification; the justified start times become its
 * keys (Lamarckian). Two-point crossover, a small Gaussian mutation, steady-state replacement of the worst. The
 * budget is a count of decoded schedules, so the result depends only on the problem, the seed and the budget.
 */
final class Genetic {
    private Genetic() {}

    private record Individual(double[] keys, int[] start, int makespan) {}

    static int[] run(SchedulingProblem p, Graph g, int seed, int budget) {
        return run(p, g, seed, budget, 0);
    }

    /** As {@link #run(SchedulingProblem, Graph, int, int)}, stopping early at a schedule of makespan {@code lowerBound}. */
    static int[] run(SchedulingProblem p, Graph g, int seed, int budget, int lowerBound) {
        int n = p.tasks().size();
        int[] tail = g.tails();
        double meanDur = 0;
        for (SchedulingProblem.Task t : p.tasks()) {
            meanDur += t.modes().get(0).duration();
        }
        meanDur = Math.max(1, meanDur / Math.max(1, n));
        Random rnd = new Random(seed * 31L + 5);
        int size = Math.max(2, Math.min(40, budget / 5));
        List<Individual> pop = new ArrayList<>();
        int used = 0;
        double[] lft = new double[n];
        for (int i = 0; i < n; i++) {
            lft[i] = -tail[i];
        }
        pop.add(decode(p, g, lft));
        used++;
        if (pop.get(0).makespan() <= lowerBound) {
            return pop.get(0).start();
        }
        while (pop.size() < size && used < budget) {
            double[] k = new double[n];
            double noise = 0.1 + 0.4 * rnd.nextDouble();
            for (int i = 0; i < n; i++) {
                k[i] = -tail[i] * (1 + noise * rnd.nextGaussian());
            }
            pop.add(decode(p, g, k));
            used++;
        }
        while (used < budget) {
            Individual a = tournament(pop, rnd);
            Individual b = tournament(pop, rnd);
            double[] child = a.keys().clone();
            int c1 = rnd.nextInt(n);
            int c2 = rnd.nextInt(n);
            for (int i = Math.min(c1, c2); i < Math.max(c1, c2); i++) {
                child[i] = b.keys()[i];
            }
            int mutations = 1 + rnd.nextInt(3);
            for (int m = 0; m < mutations; m++) {
                child[rnd.nextInt(n)] += rnd.nextGaussian() * meanDur * 2;
            }
            Individual ind = decode(p, g, child);
            used++;
            if (ind.makespan() <= lowerBound) {
                return ind.start();
            }
            int worst = 0;
            for (int i = 1; i < pop.size(); i++) {
                if (pop.get(i).makespan() > pop.get(worst).makespan()) {
                    worst = i;
                }
            }
            if (ind.makespan() <= pop.get(worst).makespan() && !duplicate(pop, ind)) {
                pop.set(worst, ind);
            }
        }
        Individual best = pop.get(0);
        for (Individual ind : pop) {
            if (ind.makespan() < best.makespan()) {
                best = ind;
            }
        }
        return best.start();
    }

    private static boolean duplicate(List<Individual> pop, Individual ind) {
        for (Individual o : pop) {
            if (o.makespan() == ind.makespan() && Arrays.equals(o.start(), ind.start())) {
                return true;
            }
        }
        return false;
    }

    private static Individual tournament(List<Individual> pop, Random rnd) {
        Individual a = pop.get(rnd.nextInt(pop.size()));
        Individual b = pop.get(rnd.nextInt(pop.size()));
        return a.makespan() <= b.makespan() ? a : b;
    }

    private static Individual decode(SchedulingProblem p, Graph g, double[] keys) {
        int[] start = SerialSgs.justify(p, g, SerialSgs.forward(p, g, keys, false));
        int n = keys.length;
        // the justified starts as keys, ties kept in the order of the old keys
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(keys[x], keys[y]));
        double[] k = new double[n];
        for (int r = 0; r < n; r++) {
            int i = order[r];
            k[i] = start[i] + r / (double) (n + 1);
        }
        return new Individual(k, start, SerialSgs.makespan(p, start));
    }
}
